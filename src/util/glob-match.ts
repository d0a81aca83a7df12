/**
 * A small glob matcher for paths written with `/`: `*` matches within one path segment, `**`
 * across segments, `?` one character; anything else matches itself. A pattern without `/`
 * matches the last segment at any depth too (as .gitignore does), so `*.pdf` leaves out every
 * PDF and `.DS_Store` every such file.
 * @example globMatch("archive/**", "archive/2021/cin.xml") // true
 */
export function globMatch(pattern: string, path: string): boolean {
  const re = globRegExp(pattern);
  if (re.test(path)) return true;
  if (pattern.includes("/")) return false;
  const slash = path.lastIndexOf("/");
  return slash >= 0 && re.test(path.slice(slash + 1));
}

function globRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
