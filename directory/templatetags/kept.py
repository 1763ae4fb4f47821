"""{% kept "name" %}…{% endkept %}: a part of every page that is the same for every reader in
a language, such as the header and the quick exit, kept like the other parts of pages
(directory/fragments.py) instead of rendered again for each page.

Only what depends on nothing but the language and the address the site is served under may
go inside: the part is kept under those alone.
"""

from django import template

from directory.fragments import kept_one

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, name: str, nodelist: template.NodeList) -> None:
        self.name, self.nodelist = name, nodelist

    def render(self, context) -> str:
        return kept_one(f"part-{self.name}", lambda: self.nodelist.render(context))


@register.tag
def kept(parser, token) -> KeptNode:
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% kept %} takes the part\'s name: {% kept "header" %}')
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(bits[1][1:-1], nodelist)
