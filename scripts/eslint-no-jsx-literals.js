// ESLint rule `hjulet/no-jsx-literals`: words written straight into JSX never reach the translators.
// Reports text children (<p>Hello</p>, <p>{'Hello'}</p>, <p>{ok ? 'Yes' : 'No'}</p>) and string values of
// attributes that people see or hear (title, alt, placeholder, aria-label, ...). Code values such as
// className, id, role, type, href and data-* are left alone, and so is text with no letter in it
// ("·", "—", "%", "42"), which needs no translation.

/** Attributes whose text is shown or read out to users, on DOM elements and on our components. */
export const USER_VISIBLE_ATTRIBUTES = [
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'aria-braillelabel',
  'aria-brailleroledescription',
  // Common prop names of our own components that end up as visible text.
  'description',
  'heading',
  'text',
  'message',
  'caption',
  'hint',
  'legend',
  'tooltip',
  'subtitle',
];

const HAS_LETTER = /\p{L}/u;

/** String pieces that an expression shows as they are (not keys passed to t(), not comparisons). */
function* shownStrings(node) {
  if (!node) return;
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'string') yield { node, text: node.value };
      break;
    case 'TemplateLiteral':
      for (const quasi of node.quasis) yield { node, text: quasi.value.cooked ?? quasi.value.raw };
      break;
    case 'ConditionalExpression':
      yield* shownStrings(node.consequent);
      yield* shownStrings(node.alternate);
      break;
    case 'LogicalExpression':
      // `cond && 'x'` shows only the right side; `a ?? 'x'` and `a || 'x'` may show either.
      if (node.operator !== '&&') yield* shownStrings(node.left);
      yield* shownStrings(node.right);
      break;
    case 'BinaryExpression':
      if (node.operator === '+') {
        yield* shownStrings(node.left);
        yield* shownStrings(node.right);
      }
      break;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      yield* shownStrings(node.expression);
      break;
    default:
      break;
  }
}

function attributeName(attr) {
  return attr.name.type === 'JSXNamespacedName' ? `${attr.name.namespace.name}:${attr.name.name.name}` : attr.name.name;
}

function shorten(text) {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noJsxLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow user-visible string literals in JSX; take them from locales via t()' },
    schema: [
      {
        type: 'object',
        properties: {
          attributes: { type: 'array', items: { type: 'string' } },
          allow: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      text: 'Text "{{text}}" is written into JSX: put it in locales/ and use t().',
      attribute: 'Attribute {{name}}="{{text}}" is shown to users: put it in locales/ and use t().',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const visible = new Set(options.attributes ?? USER_VISIBLE_ATTRIBUTES);
    const allowed = new Set(options.allow ?? []);
    const needsTranslation = (text) => HAS_LETTER.test(text) && !allowed.has(text.trim());

    function check(node, text, report) {
      if (needsTranslation(text)) report(node, shorten(text));
    }

    return {
      JSXText(node) {
        check(node, node.value, (n, text) => context.report({ node: n, messageId: 'text', data: { text } }));
      },
      JSXExpressionContainer(node) {
        // Children only; attribute values are checked below, by name.
        if (node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') return;
        for (const piece of shownStrings(node.expression)) {
          check(piece.node, piece.text, (n, text) => context.report({ node: n, messageId: 'text', data: { text } }));
        }
      },
      JSXAttribute(node) {
        const name = attributeName(node);
        if (!visible.has(name) || !node.value) return;
        const expression = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        for (const piece of shownStrings(expression)) {
          check(piece.node, piece.text, (n, text) => context.report({ node: n, messageId: 'attribute', data: { name, text } }));
        }
      },
    };
  },
};

export default {
  meta: { name: 'hjulet' },
  rules: { 'no-jsx-literals': noJsxLiterals },
};
