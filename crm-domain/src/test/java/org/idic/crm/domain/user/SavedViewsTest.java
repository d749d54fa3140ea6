package org.idic.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Saved views: each user's own, names unique per user, replaced only when asked. */
@SpringBootTest
@WithTestDatabase
class SavedViewsTest {

    static final String LIST = "customers";

    @Autowired
    Scenario scenario;
    @Autowired
    SavedViews views;

    Long rep1;
    Long rep2;

    @BeforeEach
    void twoUsers() {
        scenario.reset();
        rep1 = scenario.actor("rep1").userId();
        rep2 = scenario.actor("rep2").userId();
    }

    @Test
    void aUserSavesListsAndAppliesTheirOwnViews() {
        Long id = views.save(rep1, LIST, "  My MVCs ", "tier=MVC&sort=clv&dir=desc", List.of("tier", "clv"), false);
        views.save(rep1, LIST, "Another", "q=tea", List.of(), false);

        assertThat(views.of(rep1, LIST)).extracting(SavedView::name).containsExactly("Another", "My MVCs");
        SavedView view = views.find(rep1, LIST, id).orElseThrow();
        assertThat(view.query()).isEqualTo("tier=MVC&sort=clv&dir=desc");
        assertThat(view.columns()).containsExactly("tier", "clv");
        assertThat(views.of(rep2, LIST)).isEmpty();
        assertThat(views.of(rep1, "other-list")).isEmpty();
    }

    @Test
    void aNameInUseIsRefusedUnlessTheUserReplacesIt() {
        Long id = views.save(rep1, LIST, "Mine", "tier=MVC", List.of(), false);

        assertThatThrownBy(() -> views.save(rep1, LIST, "Mine", "tier=MGC", List.of(), false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("view.name.taken");
        assertThat(views.find(rep1, LIST, id).orElseThrow().query()).isEqualTo("tier=MVC");

        assertThat(views.save(rep1, LIST, "Mine", "tier=MGC", List.of("phone"), true)).isEqualTo(id);
        assertThat(views.find(rep1, LIST, id).orElseThrow().query()).isEqualTo("tier=MGC");
        // another user may use the same name
        views.save(rep2, LIST, "Mine", "q=x", List.of(), false);
    }

    @Test
    void renamingAndDeletingTakeOnlyTheUsersOwnViews() {
        Long mine = views.save(rep1, LIST, "Mine", "tier=MVC", List.of(), false);
        views.save(rep1, LIST, "Taken", "tier=MGC", List.of(), false);

        assertThatThrownBy(() -> views.rename(rep1, LIST, mine, "Taken")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> views.rename(rep2, LIST, mine, "Stolen")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.delete(rep2, LIST, mine)).isInstanceOf(NotFoundException.class);
        assertThat(views.find(rep2, LIST, mine)).isEmpty();

        views.rename(rep1, LIST, mine, "Renamed");
        assertThat(views.find(rep1, LIST, mine).orElseThrow().name()).isEqualTo("Renamed");
        views.delete(rep1, LIST, mine);
        assertThat(views.of(rep1, LIST)).extracting(SavedView::name).containsExactly("Taken");
    }

    @Test
    void aNameIsNeededAndShort() {
        assertThatThrownBy(() -> views.save(rep1, LIST, " ", "", List.of(), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> views.save(rep1, LIST, "x".repeat(61), "", List.of(), false))
                .isInstanceOf(RuleViolationException.class);
    }
}
