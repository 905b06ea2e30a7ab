// The comparison point for the benchmark: one regular-expression rule, as a user might write for textlint.
export default function keywordRule(context) {
  const { Syntax, RuleError, report, getSource } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      const match = /개인정보\s*보호\s*책임자/.exec(text);
      if (match) report(node, new RuleError("keyword", { index: match.index }));
    },
  };
}
