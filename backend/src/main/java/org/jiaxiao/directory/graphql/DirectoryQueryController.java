package org.jiaxiao.directory.graphql;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Entry points into the directory: who am I, a class, a student. */
@Controller
class DirectoryQueryController {

	private final DirectoryService directory;

	DirectoryQueryController(DirectoryService directory) {
		this.directory = directory;
	}

	@QueryMapping
	@Nullable StaffMember viewer(Principal principal) {
		return Viewers.of(principal);
	}

	@QueryMapping("class")
	@Nullable SchoolClass schoolClass(@Argument String id, Principal principal) {
		return this.directory.visibleClass(Viewers.require(principal), id).orElse(null);
	}

	@QueryMapping
	@Nullable Student student(@Argument String id, Principal principal) {
		return this.directory.visibleStudent(Viewers.require(principal), id).orElse(null);
	}

}
