"""Writes payloads.txt: XSS payloads for the browser attack test, one per line.

The vectors follow the classes of the OWASP XSS Filter Evasion Cheat Sheet (script tags,
event handlers on many elements, javascript:/data: URLs, SVG and MathML, CSS, entity and
case tricks, breaking out of attributes, text areas, titles, comments and templates, and
Markdown links and images), written for convene. Each one, if it ever ran, would set
window.__xss and carries the marker "xssmark" so the test can find anything injected.

    python3 make_corpus.py > payloads.txt
"""

RUN = "window.__xss='xssmark'"
vectors = [
    f"<script>{RUN}</script>",
    f"<ScRiPt>{RUN}</sCrIpT>",
    f"<script src=data:,{RUN}></script>",
    f"<script>/*xssmark*/</script>",
    f"<img src=x onerror={RUN}>",
    f"<img src=x onerror=\"{RUN}\">",
    f"<IMG SRC=x OnErRoR={RUN}>",
    f"<img/src=x/onerror={RUN}>",
    f"<img src=\"javascript:{RUN}\">",
    f"<svg onload={RUN}>",
    f"<svg><script>{RUN}</script></svg>",
    f"<svg><animate onbegin={RUN} attributeName=x dur=1s>",
    f"<svg><a xlink:href=\"javascript:{RUN}\"><text>xssmark</text></a></svg>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>",
    f"<body onload={RUN}>",
    f"<iframe src=\"javascript:{RUN}\"></iframe>",
    f"<iframe srcdoc=\"<script>{RUN}</script>\"></iframe>",
    f"<object data=\"javascript:{RUN}\"></object>",
    f"<embed src=\"javascript:{RUN}\">",
    f"<details open ontoggle={RUN}>",
    f"<input autofocus onfocus={RUN}>",
    f"<select autofocus onfocus={RUN}>",
    f"<textarea autofocus onfocus={RUN}>",
    f"<video><source onerror={RUN}></video>",
    f"<audio src=x onerror={RUN}>",
    f"<marquee onstart={RUN}>xssmark</marquee>",
    f"<div onmouseover={RUN}>xssmark</div>",
    f"<a href=\"javascript:{RUN}\">xssmark</a>",
    f"<a href=\"JaVaScRiPt:{RUN}\">xssmark</a>",
    f"<a href=\"&#106;avascript:{RUN}\">xssmark</a>",
    f"<a href=\"java&#x09;script:{RUN}\">xssmark</a>",
    f"<a href=\"data:text/html,<script>{RUN}</script>\">xssmark</a>",
    f"<form action=\"javascript:{RUN}\"><button>xssmark</button></form>",
    f"<button formaction=\"javascript:{RUN}\">xssmark</button>",
    f"<base href=\"javascript:/xssmark/\">",
    f"<meta http-equiv=\"refresh\" content=\"0;url=javascript:{RUN}\">",
    f"<link rel=stylesheet href=\"javascript:{RUN}\">",
    f"<style>@import 'javascript:{RUN}';</style>",
    f"<div style=\"background:url(javascript:{RUN})\">xssmark</div>",
    f"<div style=\"x:expression({RUN})\">xssmark</div>",
    f"<b>xssmark",
    f"<template><img src=x onerror={RUN}></template>",
    f"<noscript><p title=\"</noscript><img src=x onerror={RUN}>\">",
    f"<isindex action=\"javascript:{RUN}\" type=image>",
    f"<keygen autofocus onfocus={RUN}>",
    f"<xss id=x tabindex=1 onfocusin={RUN}></xss>",
    f"<p onanimationstart={RUN} style=animation-name:x>xssmark</p>",
    f"<img src=`x`onerror={RUN}>",
    f"<img src=x onerror=&#119;indow.__xss='xssmark'>",
    f"<scr<script>ipt>{RUN}</scr</script>ipt>",
    f"%3Cscript%3E{RUN}%3C/script%3E",
    f"&lt;script&gt;{RUN}&lt;/script&gt;",
    f"\\u003cscript\\u003e{RUN}\\u003c/script\\u003e",
    f"{{{{constructor.constructor('{RUN}')()}}}}",
    f"${{{RUN}}}",
    f"[xssmark](javascript:{RUN})",
    f"[xssmark](JAVASCRIPT:{RUN})",
    f"[xssmark](data:text/html;base64,PHNjcmlwdD54c3NtYXJrPC9zY3JpcHQ+)",
    f"![xssmark](x\" onerror=\"{RUN})",
    f"[xssmark]: javascript:{RUN}\n\n[xssmark]",
    f"<https://example.org/\" onmouseover=\"{RUN}>",
]
breakouts = ["", "\">", "'>", "</textarea>", "</title>", "</script>", "-->", "]]>", "</noscript>", "\"/><"]

seen = set()
for b in breakouts:
    for v in vectors:
        p = (b + v).replace("\n", "\\n")
        if p not in seen:
            seen.add(p)
            print(p)
