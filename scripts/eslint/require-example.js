// A local ESLint rule: every exported declaration in src/ carries a TSDoc block with an @example,
// unless it is tagged @internal (STYLE.md §7). Re-exports (`export { x } from`) are checked where the
// symbol is declared.

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'require a TSDoc block with @example on every exported declaration' },
    messages: {
      missingDoc: 'Exported {{name}} has no TSDoc block (/** ... */); document it, with an @example.',
      missingExample: 'Exported {{name}} has a TSDoc block without @example.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // Overloads: the TSDoc block sits on the first signature; the others and the implementation share it.
    const documented = new Set();
    return {
      ExportNamedDeclaration(node) {
        if (node.declaration === null || node.declaration === undefined) return;
        check(node, nameOf(node.declaration));
      },
      ExportDefaultDeclaration(node) {
        check(node, 'default export');
      },
    };

    function check(node, name) {
      if (documented.has(name)) return;
      const comments = sourceCode.getCommentsBefore(node);
      const doc = comments.at(-1);
      if (doc === undefined || doc.type !== 'Block' || !doc.value.startsWith('*')) {
        context.report({ node, messageId: 'missingDoc', data: { name } });
        return;
      }
      documented.add(name);
      if (/@internal\b/.test(doc.value)) return;
      if (!/@example\b/.test(doc.value)) context.report({ node, messageId: 'missingExample', data: { name } });
    }
  },
};

function nameOf(declaration) {
  if (declaration.id?.name) return declaration.id.name;
  if (declaration.declarations) return declaration.declarations.map((d) => d.id?.name ?? '?').join(', ');
  return 'declaration';
}
