package org.idic.crm.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Merges a stale edit with what was saved meanwhile, field by field, from three versions: the base (the
 * values the form was loaded with), theirs (stored now) and yours (typed). A field only they changed
 * takes their value; a field only you changed keeps yours; a field both changed differently is a
 * conflict, shown with all three values and kept as yours until you choose theirs. A field you did not
 * touch is never written back with its old value. Without a base every difference is a conflict.
 *
 * @param <F> the form
 */
public final class ThreeWayMerge<F> {

    private final Function<F, Map<String, String>> values;
    private final Function<String, String> path;
    private final Function<String, String> labelKey;

    /**
     * @param values   a form's comparable values by field
     * @param path     the form's property path of a field ("birthDate" → "individual.birthDate")
     * @param labelKey the message key of a field's label
     */
    public ThreeWayMerge(Function<F, Map<String, String>> values, Function<String, String> path,
            Function<String, String> labelKey) {
        this.values = values;
        this.path = path;
        this.labelKey = labelKey;
    }

    /** Fields named by their property paths, labelled "field." + the last part of the path. */
    public static <F> ThreeWayMerge<F> of(Function<F, Map<String, String>> values) {
        return new ThreeWayMerge<>(values, Function.identity(),
                field -> "field." + field.substring(field.lastIndexOf('.') + 1));
    }

    /**
     * Brings their changes into {@code typed} (the form shown again) and says what conflicts remain.
     * {@code base} may be null (the form carried no base).
     */
    public Conflict merge(F typed, F stored, Map<String, String> base, String changedBy, java.time.Instant changedAt) {
        Map<String, String> yours = values.apply(typed);
        Map<String, String> theirs = values.apply(stored);
        List<Conflict.Difference> differences = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String field : theirs.keySet()) {
            String mine = clean(yours.get(field));
            String their = clean(theirs.get(field));
            if (Objects.equals(mine, their)) {
                continue;
            }
            String before = base == null ? null : clean(base.get(field));
            boolean youChanged = base == null || !Objects.equals(mine, before);
            boolean theyChanged = base == null || !Objects.equals(their, before);
            if (!youChanged) {
                copy(stored, typed, field);
                taken.add(labelKey.apply(field));
            } else if (theyChanged) {
                differences.add(new Conflict.Difference(field, labelKey.apply(field), before, their, mine));
            }
        }
        return new Conflict(changedBy, changedAt, differences, taken, base != null);
    }

    /** The fields the user chose to settle with the stored value ("keep theirs"), copied into the form. */
    public void keepTheirs(F typed, F stored, String[] fields) {
        if (fields == null) {
            return;
        }
        Map<String, String> known = values.apply(stored);
        for (String field : fields) {
            if (known.containsKey(field)) {
                copy(stored, typed, field);
            }
        }
    }

    /** What the form was loaded with, for its hidden base field. */
    public String baseline(F form) {
        return Baseline.encode(values.apply(form));
    }

    private void copy(F from, F to, String field) {
        BeanWrapper source = PropertyAccessorFactory.forBeanPropertyAccess(from);
        BeanWrapper target = PropertyAccessorFactory.forBeanPropertyAccess(to);
        target.setPropertyValue(path.apply(field), source.getPropertyValue(path.apply(field)));
    }

    /**
     * Where the labels of a field's codes are, when it holds codes: {@code enum.CustomerStatus.} for a
     * choice of an enum (the forms' own option labels), {@code conflict.value.} for a yes/no; null for a
     * field of free text or numbers, or one that is no property of the form (the settings' values map).
     */
    public String codePrefix(F form, String field) {
        Class<?> type;
        try {
            type = PropertyAccessorFactory.forBeanPropertyAccess(form).getPropertyType(path.apply(field));
        } catch (org.springframework.beans.BeansException e) {
            return null;
        }
        if (type != null && type.isEnum()) {
            return "enum." + type.getSimpleName() + ".";
        }
        return type == boolean.class || type == Boolean.class ? "conflict.value." : null;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
