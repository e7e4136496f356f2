"""The pages in the reader's language: Manage users in French, Activity in
German, Access review in Spanish and Partner access in Brazilian Portuguese,
each found by its own words, at 360 px and axe-clean; and every key the pages
ask say.js for has English words (web/locales/en.ftl), which every language
matches (shared/src/mail/words.rs)."""

import re

from conftest import ROOT, accessible, expect, signed_in_owner, unique


def in_language(page, tag):
    """Picks `tag` with the header's switcher: the choice is kept for the next pages."""
    page.get_by_role("combobox", name="Language").select_option(tag)
    # Once its catalog is read (say.js reads a language when it is picked).
    expect(page.locator("html")).to_have_attribute("lang", tag)


def at_360_in(new_page, api, tag, page_name):
    """A new owner's `page_name` (users.html, ...) of a new account, 360 px wide, in `tag`."""
    page = new_page(width=360, height=740)
    _, owner, account = signed_in_owner(page, api)
    in_language(page, tag)
    page.goto(f"/app/{page_name}?account={account['id']}")
    return page, owner, account


def fits_and_accessible(page, name):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways"
    accessible(page, name)


def test_manage_users_in_french_at_360_pixels(new_page, api):
    page, owner, account = at_360_in(new_page, api, "fr", "users.html")
    api.join(owner, account["id"], unique("sue"))
    page.reload()
    expect(page.get_by_role("heading", name="Gérer les utilisateurs", exact=True)).to_be_visible()
    assert page.title() == "Gérer les utilisateurs - Roster"
    expect(page.get_by_text("2 places occupées sur 10")).to_be_visible()
    table = page.get_by_role("table", name="Utilisateurs de ce compte")
    expect(table.get_by_role("columnheader", name="Dernière activité")).to_be_attached()
    expect(table.get_by_text("Actif", exact=True).first).to_be_attached()
    fits_and_accessible(page, "users-fr-360")

    invitee = unique("ann")
    page.get_by_role("button", name="Ajouter un utilisateur").click()
    dialog = page.get_by_role("dialog", name="Ajouter un utilisateur")
    address = dialog.get_by_role("textbox", name="Adresse e-mail")
    dialog.get_by_role("radio", name="Gestionnaire du compte").check()
    expect(dialog.get_by_role("group", name="Autorisations retirées")).to_be_visible()
    # The API's reason is English: the field says it in French.
    address.fill("sue@@example")
    dialog.get_by_role("button", name="Envoyer l’invitation").click()
    expect(address).to_have_attribute("aria-invalid", "true")
    expect(dialog.locator(".field-error")).to_have_text("Saisissez une adresse e-mail valide.")
    accessible(page, "users-fr-invite-360")
    address.fill(invitee)
    dialog.get_by_role("button", name="Envoyer l’invitation").click()
    sent = page.get_by_role("dialog", name="Invitation envoyée !")
    expect(sent.get_by_role("textbox", name="Lien d’invitation")).to_be_visible()
    sent.get_by_role("button", name="Terminé").click()
    row = table.get_by_role("row").filter(has_text=invitee)
    expect(row).to_contain_text("En attente")
    row.get_by_role("button", name=f"Actions pour {invitee}").click()
    expect(page.get_by_role("menuitem", name="Révoquer l’invitation")).to_be_visible()


def test_activity_in_german_at_360_pixels(new_page, api):
    page, _, _ = at_360_in(new_page, api, "de", "activity.html")
    expect(page.get_by_role("heading", name="Aktivität", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Nur anzeigen")).to_be_visible()
    table = page.get_by_role("table", name="Was sich in diesem Konto geändert hat, neueste zuerst")
    expect(table.get_by_text("Konto erstellt")).to_be_attached()
    expect(page.get_by_role("button", name="CSV exportieren")).to_be_visible()
    fits_and_accessible(page, "activity-de-360")


def test_access_review_in_spanish_at_360_pixels(new_page, api):
    page, _, _ = at_360_in(new_page, api, "es", "access.html")
    expect(page.get_by_role("heading", name="Revisión de accesos", exact=True)).to_be_visible()
    expect(page.get_by_role("table", name="Qué puede hacer cada usuario")).to_be_visible()
    page.get_by_role("combobox", name="Permiso").select_option(label="Ver informes")
    page.get_by_role("button", name="Mostrar").click()
    expect(page.get_by_role("table", name="Quién puede ver informes")).to_be_visible()
    # At 360 px each cell is named by its heading too.
    expect(page.get_by_role("cell", name="Ver informes: sí", exact=True)).to_be_visible()
    fits_and_accessible(page, "access-es-360")


def test_partner_access_in_brazilian_portuguese_at_360_pixels(new_page, api):
    page, _, _ = at_360_in(new_page, api, "pt-BR", "partner-access.html")
    expect(page.get_by_role("heading", name="Acesso de parceiros", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Acesso gerenciado por uma agência parceira")).to_be_visible()
    expect(page.get_by_text("Nenhum pedido em aberto.")).to_be_visible()
    switch = page.get_by_role("switch", name="Acesso de parceiros ativado")
    expect(switch).not_to_be_checked()
    switch.click()
    expect(page.get_by_role("alert")).to_have_text(re.compile("^Nenhum parceiro pediu acesso."))
    fits_and_accessible(page, "partner-access-pt-BR-360")


def test_a_page_reads_english_and_its_readers_catalog_and_another_when_picked(new_page, api):
    page = new_page()
    _, _, account = signed_in_owner(page, api)
    read = []

    def reading(route):
        read.append(route.request.url.rsplit("/", 1)[-1])
        route.continue_()

    # A routed request is never answered from the browser's cache.
    page.route("**/locales/*.ftl", reading)
    # The table is drawn by the element, once the words are read.
    page.goto(f"/app/activity.html?account={account['id']}")
    expect(page.get_by_role("table", name="What changed in this account, newest first")).to_be_visible()
    assert sorted(read) == ["en.ftl"], read
    in_language(page, "fr")
    expect(page.get_by_role("table", name="Ce qui a changé dans ce compte, du plus récent au plus ancien")).to_be_visible()
    assert sorted(read) == ["en.ftl", "fr.ftl"], read
    read.clear()
    page.reload()
    expect(page.get_by_role("table", name="Ce qui a changé dans ce compte, du plus récent au plus ancien")).to_be_visible()
    assert sorted(read) == ["en.ftl", "fr.ftl"], read


def english_ids():
    return set(re.findall(r"^([a-zA-Z][\w-]*) =", (ROOT / "web/locales/en.ftl").read_text(), re.M))


def test_every_key_the_pages_name_has_english_words():
    # The keys written out whole: t('a.b'), t(cond ? 'a' : 'b'), the keys of
    # headings and labels kept in lists ('activity.when', label: 'users.role'),
    # and data-words="a.b" of the pages; a key is a message id with dots for
    # dashes (say.js).
    patterns = [
        r"\bt\(\s*'([^']+)'",
        r"\bt\([^()']*\?\s*'([^']+)'\s*:\s*'([^']+)'",
        r"'((?:activity|users|lastActive)\.(?!html')[\w.]+)'",
    ]
    used = {}
    for path in (ROOT / "web").rglob("*.js"):
        if "vendor" in path.parts:
            continue
        text = path.read_text()
        for pattern in patterns:
            for found in re.findall(pattern, text):
                for key in found if isinstance(found, tuple) else (found,):
                    used.setdefault(key, path.relative_to(ROOT))
    for path in (ROOT / "web").glob("*.html"):
        for key in re.findall(r'data-words="([^"]+)"', path.read_text()):
            used.setdefault(key, path.relative_to(ROOT))
    assert len(used) > 200, "the patterns no longer find the pages' keys"
    ids = english_ids()
    missing = {key: str(where) for key, where in used.items() if key.replace(".", "-") not in ids}
    assert not missing, f"keys without words in web/locales/en.ftl: {missing}"
