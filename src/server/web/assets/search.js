// Search as you type: progressive enhancement of the header's search form. Without this
// script the form still submits to /search. Suggestions are built with textContent only.
const form = document.querySelector("form.search");
const input = form?.querySelector("input[name=q]");
if (form && input) {
  const list = document.createElement("ul");
  list.className = "suggestions";
  list.id = "search-suggestions";
  list.setAttribute("aria-label", "Suggestions");
  form.append(list);
  input.setAttribute("aria-controls", list.id);
  let timer = 0;
  let asked = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") list.replaceChildren();
  });
  async function suggest() {
    const q = input.value.trim();
    if (q === asked) return;
    asked = q;
    if (q.length < 2) return list.replaceChildren();
    const response = await fetch(`/api/search?limit=6&q=${encodeURIComponent(q)}`);
    if (!response.ok || q !== asked) return;
    const { films, people, sources } = await response.json();
    const item = (href, text, kind) => {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = href;
      link.textContent = text;
      if (kind) {
        const label = document.createElement("span");
        label.className = "muted";
        label.textContent = ` · ${kind}`;
        link.append(label);
      }
      li.append(link);
      return li;
    };
    // Reviewed films first, then people, critics and outlets, six suggestions at most.
    list.replaceChildren(
      ...[
        ...films
          .filter((film) => film.reviewCount > 0)
          .slice(0, 4)
          .map((film) =>
            item(
              `/films/${encodeURIComponent(film.id)}`,
              film.year && film.titled !== false ? `${film.title} (${film.year})` : film.title,
            ),
          ),
        ...people
          .slice(0, 2)
          .map((p) => item(`/people/${encodeURIComponent(p.name)}`, p.name, "person")),
        ...sources.map((s) => item(`/${s.kind}s/${encodeURIComponent(s.id)}`, s.name, s.kind)),
      ].slice(0, 6),
    );
  }
}
