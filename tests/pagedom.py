"""Reading a report page back (stdlib HTML parser): the text, its highlights and table rows."""

from __future__ import annotations

from html.parser import HTMLParser


class ReportPage(HTMLParser):
    """``text``: the article as the page shows it; ``marked[record id]``: the text of the
    highlights carrying that id, in order; ``rows[table id]``: cell texts per row;
    ``scripts``: the script elements' contents; ``panel``: the record panel's text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.marked: dict[str, list[str]] = {}
        self.classes: dict[str, set[str]] = {}
        self.rows: dict[str, list[list[str]]] = {}
        self.row_ids: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self.panel = ""
        self.body_attrs: dict[str, str] = {}
        self._stack: list[tuple[str, dict]] = []
        self.feed(html)

    def _inside(self, tag: str, **attrs) -> dict | None:
        for t, a in reversed(self._stack):
            if t == tag and all(a.get(k) == v for k, v in attrs.items()):
                return a
        return None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.body_attrs = attrs
        if tag in ("br", "meta", "img", "input", "link", "hr"):
            return
        self._stack.append((tag, attrs))
        table = self._inside("table")
        if tag == "tr" and table is not None:
            self.rows.setdefault(table.get("id"), []).append([])
            self.row_ids.setdefault(table.get("id"), []).append(attrs.get("data-r", ""))
        if tag == "td" and table is not None:
            self.rows[table.get("id")][-1].append("")
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        while self._stack:
            t, _ = self._stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self._stack and self._stack[-1][0] == "script":
            self.scripts[-1] += data
            return
        if self._inside("div", id="text") is not None:
            self.text += data
            if self._stack[-1][0] == "span" and "data-r" in self._stack[-1][1]:
                attrs = self._stack[-1][1]
                for rid in attrs["data-r"].split():
                    self.marked.setdefault(rid, []).append(data)
                    self.classes.setdefault(rid, set()).update(attrs.get("class", "").split())
        if self._inside("pre", id="record") is not None:
            self.panel += data
        table = self._inside("table")
        if table is not None and self._inside("td") is not None:
            self.rows[table.get("id")][-1][-1] += data

    def highlighted(self, rid: str) -> str:
        return "".join(self.marked.get(rid, []))

    def body_rows(self, table: str) -> list[list[str]]:
        return [r for r in self.rows.get(table, []) if r]
