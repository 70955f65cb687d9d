package org.briefdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;

/** The package rules of HOUSE_STYLE: package by feature, private insides, UI at the edge. */
@AnalyzeClasses(packages = "org.briefdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule entities_stay_inside_their_feature =
            classes().that().areAnnotatedWith(Entity.class).should().notBePublic();

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature =
            classes().that().areAssignableTo(Repository.class).should().notBePublic();

    @ArchTest
    static final ArchRule nothing_outside_ui_depends_on_ui = noClasses()
            .that()
            .resideOutsideOfPackage("org.briefdesk..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.briefdesk..ui..");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule views_live_in_ui_packages_and_declare_who_may_open_them = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .resideInAPackage("..ui..")
            .andShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(AnonymousAllowed.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("org.briefdesk.(*)..").should().beFreeOfCycles();
}
