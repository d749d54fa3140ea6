package org.idic.crm.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge of a stale edit with what was saved meanwhile, field by field (issue 9, defect 4). */
class ThreeWayMergeTest {

    /** A form of three text fields, one nested as the customer form's profile fields are. */
    public static class Form {
        private String phone;
        private String city;
        private Inner inner = new Inner();

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public Inner getInner() {
            return inner;
        }

        public void setInner(Inner inner) {
            this.inner = inner;
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("phone", phone);
            values.put("city", city);
            values.put("inner.notes", inner.notes);
            return values;
        }
    }

    public static class Inner {
        private String notes;

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }

    final ThreeWayMerge<Form> merge = ThreeWayMerge.of(Form::values);

    @Test
    void aFieldOnlyTheyChangedTakesTheirValueAndOnlyFieldsBothChangedAreConflicts() {
        Form base = form("111", "Shanghai", "old notes");
        Form theirs = form("222", "Suzhou", "old notes");
        Form yours = form("111", "Ningbo", "new notes");

        Conflict conflict = merge.merge(yours, theirs, base.values(), "manager1", null);

        assertThat(yours.values()).containsEntry("phone", "222").containsEntry("city", "Ningbo")
                .containsEntry("inner.notes", "new notes");
        assertThat(conflict.differences()).extracting(Conflict.Difference::field).containsExactly("city");
        Conflict.Difference city = conflict.differences().get(0);
        assertThat(city.base()).isEqualTo("Shanghai");
        assertThat(city.theirs()).isEqualTo("Suzhou");
        assertThat(city.yours()).isEqualTo("Ningbo");
        assertThat(city.labelKey()).isEqualTo("field.city");
        assertThat(conflict.taken()).containsExactly("field.phone");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflictAndANestedFieldIsLabelledByItsName() {
        Form base = form("111", "Shanghai", "old");
        Form theirs = form("111", "Suzhou", "theirs");
        Form yours = form("111", "Suzhou", "mine");

        Conflict conflict = merge.merge(yours, theirs, base.values(), null, null);

        assertThat(conflict.differences()).extracting(Conflict.Difference::labelKey).containsExactly("field.notes");
        assertThat(conflict.taken()).isEmpty();
    }

    @Test
    void withoutABaseEveryDifferenceIsAConflictAndNothingIsTaken() {
        Form theirs = form("222", "Suzhou", "x");
        Form yours = form("111", "Suzhou", "x");

        Conflict conflict = merge.merge(yours, theirs, null, null, null);

        assertThat(conflict.baseKnown()).isFalse();
        assertThat(conflict.differences()).extracting(Conflict.Difference::field).containsExactly("phone");
        assertThat(yours.getPhone()).isEqualTo("111");
    }

    @Test
    void keepingTheirsCopiesOnlyTheNamedKnownFields() {
        Form theirs = form("222", "Suzhou", "theirs");
        Form yours = form("111", "Ningbo", "mine");

        merge.keepTheirs(yours, theirs, new String[] {"city", "inner.notes", "password"});

        assertThat(yours.values()).containsEntry("phone", "111").containsEntry("city", "Suzhou")
                .containsEntry("inner.notes", "theirs");
    }

    @Test
    void theBaselineSurvivesTheTripThroughAHiddenField() {
        Form form = form("+86 21 5555 0101", "上海 & 杭州=", null);

        assertThat(Baseline.decode(merge.baseline(form))).containsEntry("phone", "+86 21 5555 0101")
                .containsEntry("city", "上海 & 杭州=").doesNotContainKey("inner.notes");
        assertThat(Baseline.decode(null)).isNull();
    }

    private static Form form(String phone, String city, String notes) {
        Form form = new Form();
        form.phone = phone;
        form.city = city;
        form.inner.notes = notes;
        return form;
    }
}
