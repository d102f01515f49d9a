"""XML names, namespaces and GUIDs for REFI-QDA (QDA-XML 1.0).

Readers match on local names, so any namespace (the standard's, a `1:0`/`0:4`
variant, a prefix, or none) reads the same. Writers always use the exact standard
namespace. GUIDs are compared lower-case without braces; written GUIDs are uuid5
values derived from the row they describe, so exporting twice gives the same file.
"""

from __future__ import annotations

import re
import uuid

from lxml import etree

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
PROJECT_SCHEMA_LOCATION = f"{PROJECT_NS} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
CODEBOOK_SCHEMA_LOCATION = f"{CODEBOOK_NS} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"

# Fixed namespace for uuid5: the same row always gets the same GUID in every export.
NEEDSMAP_GUID_NS = uuid.UUID("6f1d7a52-3b0e-5c8e-9a57-2d1c0b6e4f10")

_GUID_RE = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_RGB_RE = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
# Characters XML 1.0 cannot hold at all (most C0 controls); lxml refuses them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def stable_guid(kind: str, *parts: object) -> str:
    """A GUID that depends only on what it names (e.g. 'coder', 'ana')."""
    key = "\x1f".join([kind, *(str(p) for p in parts)])
    return str(uuid.uuid5(NEEDSMAP_GUID_NS, key))


def norm_guid(value: str | None) -> str | None:
    """GUID as a lookup key: lower case, no braces; other ids are kept as written, trimmed."""
    if value is None:
        return None
    value = value.strip()
    m = _GUID_RE.match(value)
    return m.group(1).lower() if m else (value or None)


def xml_text(value: str | None) -> str:
    """Text safe to put in XML 1.0 (invalid control characters removed)."""
    return _XML_BAD.sub("", value or "")


def css_color(value: str | None) -> str | None:
    """A colour as #RRGGBB if it can be read leniently (#rgb, 'rgb' hex, 'r,g,b', rgb(...)), else None."""
    if not value:
        return None
    value = value.strip()
    m = _RGB_RE.match(value)
    if m:
        hexpart = m.group(1)
        if len(hexpart) == 3:
            hexpart = "".join(ch * 2 for ch in hexpart)
        return "#" + hexpart.upper()
    nums = re.findall(r"\d+", value)
    if len(nums) >= 3 and all(0 <= int(n) <= 255 for n in nums[:3]):
        return "#" + "".join(f"{int(n):02X}" for n in nums[:3])
    return None


def local(el) -> str:
    """Local name of an element or attribute, whatever its namespace."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def strip_namespaces(root) -> None:
    """Rewrite every element tag to its local name, in place (comments are dropped)."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
            continue
        el.tag = etree.QName(el).localname
        for name in list(el.attrib):
            if name.startswith("{"):
                del el.attrib[name]
    etree.cleanup_namespaces(root)


def parse_xml(data: bytes):
    """Parse untrusted XML safely (no network, no entity expansion) and strip namespaces.

    Raises etree.XMLSyntaxError on malformed input.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
    root = etree.fromstring(data, parser=parser)
    strip_namespaces(root)
    return root


def children(el, name: str) -> list:
    """Direct children with local name `name`."""
    return [c for c in el if isinstance(c.tag, str) and c.tag == name]


def child(el, name: str):
    """First direct child with local name `name`, or None."""
    for c in el:
        if isinstance(c.tag, str) and c.tag == name:
            return c
    return None


def child_text(el, name: str) -> str:
    c = child(el, name)
    return (c.text or "") if c is not None else ""


def attr(el, name: str) -> str | None:
    """Attribute by local name, case-insensitive (homemade exporters vary)."""
    if name in el.attrib:
        return el.attrib[name]
    low = name.lower()
    for k, v in el.attrib.items():
        if k.split("}")[-1].lower() == low:
            return v
    return None
