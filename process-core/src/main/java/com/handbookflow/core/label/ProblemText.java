package com.handbookflow.core.label;

/**
 * The words of one refusal in both languages, read from the module's bundle ({@link Texts}) under
 * {@code problem.<type>.title} and {@code problem.<type>.detail}; the detail's arguments fill its
 * {@code %s} places in both languages alike.
 */
public record ProblemText(String type, String title, String titleZh, String detail, String detailZh) {

    /**
     * The texts of problem {@code type} from the bundle of {@code module}'s module (any class of it, usually
     * the caller's own).
     */
    public static ProblemText of(Class<?> module, String type, Object... detailArguments) {
        Texts texts = Texts.of(module);
        String title = "problem." + type + ".title";
        String detail = "problem." + type + ".detail";
        return new ProblemText(type, texts.en(title), texts.zh(title),
                texts.en(detail, detailArguments), texts.zh(detail, detailArguments));
    }
}
