/** yieldj's annotations: {@code @Generator} and the sink interfaces. No dependencies. */
module dev.yieldj {
    exports dev.yieldj;
}
