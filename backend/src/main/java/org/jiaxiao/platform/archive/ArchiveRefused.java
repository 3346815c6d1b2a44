package org.jiaxiao.platform.archive;

/** An archive that is not imported: damaged, or its school is already in the target. */
public class ArchiveRefused extends RuntimeException {

	ArchiveRefused(String message) {
		super(message);
	}

}
