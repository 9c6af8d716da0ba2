package dev.yieldj.processor.analysis;

import dev.yieldj.processor.ir.LocalVar;
import javax.lang.model.element.Element;

/**
 * The template's variables the rewrite manages, as far as the lowering has declared them. The
 * translator only reads them: the lowering declares a variable before it translates code that
 * names it, so each translation is handed the view as it stands then.
 */
public interface ManagedVariables {

    /** The managed variable {@code element} declares, or null when it is not managed. */
    LocalVar lookup(Element element);
}
