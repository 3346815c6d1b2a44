package org.jiaxiao.directory.graphql;

import java.util.List;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The signed-in staff member's own view: roles, school and classes. */
@Controller
class ViewerController {

	private final DirectoryService directory;

	ViewerController(DirectoryService directory) {
		this.directory = directory;
	}

	@SchemaMapping(typeName = "Viewer")
	List<StaffRole> roles(StaffMember viewer) {
		return viewer.roles().stream().sorted().toList();
	}

	@SchemaMapping(typeName = "Viewer")
	School school(StaffMember viewer) {
		return this.directory.school(viewer.schoolId());
	}

	@SchemaMapping(typeName = "Viewer")
	List<SchoolClass> classes(StaffMember viewer) {
		return this.directory.visibleClasses(viewer);
	}

}
