package dev.yieldj.processor.analysis;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Facts about records that the rewrite needs. */
public final class Records {
    private Records() {}

    /**
     * Whether {@code element} is the private field of a record component of {@code record}: the
     * generated class reads it through the component's accessor.
     */
    public static boolean isComponentField(Element element, TypeElement record) {
        if (element == null || element.getKind() != ElementKind.FIELD || record.getKind() != ElementKind.RECORD
                || !record.equals(element.getEnclosingElement())) {
            return false;
        }
        for (Element component : record.getRecordComponents()) {
            if (component.getSimpleName().equals(element.getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
