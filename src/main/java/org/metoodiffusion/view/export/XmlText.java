package org.metoodiffusion.view.export;

/**
 * Text made safe for XML 1.0: the StAX writer escapes markup but passes through characters XML
 * forbids (control characters, a lone surrogate from a cut emoji), and one such display name
 * among millions would make the whole file unreadable to Gephi. Each becomes U+FFFD.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String clean(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
            return text;
        }
        var clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
