import type { PageSnapshot } from '@ungcuu/domain/monitoring/defacement.ts';
import { Parser } from 'htmlparser2';

// Elements whose content a visitor never reads: dropped from the text.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
// Elements that start a new block of text (so words of two paragraphs are not glued together).
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'br',
  'table',
  'ul',
  'ol',
  'form',
  'option',
  'title',
  'center',
  'blockquote',
]);
const VOID = new Set([
  'br',
  'img',
  'input',
  'meta',
  'link',
  'hr',
  'source',
  'area',
  'base',
  'col',
  'embed',
  'wbr',
  'track',
  'param',
]);
/** Paths deeper than this are cut: a page of 300-deep nesting is as alike as its first levels. */
const MAX_DEPTH = 12;
const MAX_LINES = 5_000;
const MAX_STRUCTURE = 20_000;

function hostOf(src: string, base: URL): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** `<meta http-equiv="refresh" content="0; url=...">`: the target of a redirect defacers favour. */
function refreshTarget(content: string): string | null {
  const m = /url\s*=\s*['"]?([^'";]+)/i.exec(content);
  return m?.[1]?.trim() ?? null;
}

/**
 * What the defacement check keeps of a page: its visible text blocks, the tag paths of its
 * element tree, and where its external scripts, frames and refresh redirect point. A streaming
 * parser (htmlparser2) copes with the broken markup of real portals without building a DOM.
 */
export function extractPage(html: string, pageUrl: string): PageSnapshot {
  const base = new URL(pageUrl);
  const lines: string[] = [];
  const structure: string[] = [];
  const scriptHosts = new Set<string>();
  const frameHosts = new Set<string>();
  const stack: string[] = [];
  let hiddenDepth = 0;
  let inTitle = false;
  let title = '';
  let current = '';
  let redirectHost: string | null = null;

  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim().toLowerCase();
    if (text && lines.length < MAX_LINES) lines.push(text);
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' && attrs.src) {
          const host = hostOf(attrs.src, base);
          if (host) scriptHosts.add(host);
        }
        if ((name === 'iframe' || name === 'frame') && attrs.src) {
          const host = hostOf(attrs.src, base);
          if (host) frameHosts.add(host);
        }
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh' && attrs.content) {
          const target = refreshTarget(attrs.content);
          if (target) redirectHost = hostOf(target, base);
        }
        if (name === 'title') inTitle = true;
        if (BLOCK.has(name)) flush();
        if (HIDDEN.has(name)) hiddenDepth += 1;
        if (VOID.has(name)) {
          if (stack.length < MAX_DEPTH && structure.length < MAX_STRUCTURE && hiddenDepth === 0)
            structure.push([...stack, name].join('>'));
          return;
        }
        stack.push(name);
        if (stack.length <= MAX_DEPTH && structure.length < MAX_STRUCTURE && hiddenDepth === 0)
          structure.push(stack.join('>'));
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (hiddenDepth === 0) current += text;
      },
      onclosetag(name, isImplied) {
        if (VOID.has(name)) return;
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) flush();
        if (HIDDEN.has(name) && hiddenDepth > 0) hiddenDepth -= 1;
        // Implied closes (unclosed <li>, <p>) pop back to the matching element.
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
        else if (!isImplied) return;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return {
    lines,
    structure,
    scriptHosts: [...scriptHosts].sort(),
    frameHosts: [...frameHosts].sort(),
    redirectHost,
    host: base.hostname.toLowerCase(),
    title: title.replace(/\s+/g, ' ').trim().toLowerCase(),
  };
}
