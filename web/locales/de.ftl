# Deutsch. Dieselben Nachrichten mit denselben Platzhaltern wie en.ftl.

## Roles

role-owner = Inhaber
role-owner-description = Alles, einschließlich Benutzer, Abrechnung und Kontoeinstellungen.
role-account_manager = Kontomanager
role-account_manager-description = Alles außer Benutzern, Abrechnung, Kontoeinstellungen, API-Schlüsseln und Partner-Tools.
role-campaign_creator = Kampagnenersteller
role-campaign_creator-description = Erstellt und bearbeitet Kampagnen, nutzt die Bibliothek und sieht Berichte.
role-partner_manager = Partnermanager
role-partner_manager-description = Nur die Partner-Tools.

## Emails

email-from = { $inviter } über { $account }
email-from-roster = { $account } bei Roster
email-footer = Von Roster im Auftrag von { $account } gesendet.
email-link-as-text = Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:

email-invitation-subject = { $inviter } hat Sie zu { $account } bei Roster eingeladen
email-reminder-subject = Erinnerung: { $inviter } hat Sie zu { $account } bei Roster eingeladen
email-invitation-preview = Treten Sie { $account } als { $role } bei.
email-invitation-heading = Treten Sie { $account } bei
email-invitation-intro = { $inviter } hat Sie eingeladen, { $account } bei Roster als { $role } beizutreten.
email-invitation-role = { $role }: { $description }
email-invitation-button = Einladung annehmen
email-invitation-how = Melden Sie sich mit { $email } an (oder registrieren Sie sich), um sie anzunehmen. Der Link funktioniert einmal, bis { $when }.
email-invitation-unexpected = Nicht erwartet? Dann können Sie diese E-Mail ignorieren: Ohne Ihre Zustimmung geschieht nichts. Bei Fragen antworten Sie einfach: Ihre Antwort geht an { $inviter }.

email-ending-subject = Der Zugang zu { $account } endet bald: { $whose }
email-ending-preview = Verlängern Sie ihn vor { $when }, um ihn zu behalten.
email-ending-heading = Der Zugang endet bald
email-ending-user = Der Benutzer { $whose } kann { $account } bis { $when } nutzen; danach endet sein Zugang.
email-ending-partner = Die Partneragentur { $whose } kann { $account } bis { $when } nutzen; danach endet ihr Zugang.
email-ending-button = Zugang verlängern
email-ending-unexpected = Sie erhalten diese E-Mail als Inhaber von { $account }. Soll der Zugang enden, ist nichts zu tun.

email-ownership-subject = { $owner } bietet Ihnen die Inhaberschaft von { $account } an
email-ownership-preview = Nehmen Sie bis { $when } an oder lehnen Sie ab.
email-ownership-heading = Werden Sie Inhaber von { $account }
email-ownership-intro = { $owner } möchte Ihnen { $account } übergeben: Sie würden Inhaber, und { $owner } Kontomanager.
email-ownership-button = Annehmen oder ablehnen
email-ownership-until = Das Angebot gilt bis { $when }. Melden Sie sich mit dieser Adresse an, um zu antworten.
email-ownership-unexpected = Nicht erwartet? Lehnen Sie ab oder ignorieren Sie diese E-Mail: Ohne Ihre Zustimmung ändert sich nichts. Bei Fragen antworten Sie einfach: Ihre Antwort geht an { $owner }.

## Pages
## The header, its banners, Account settings, and every code the API
## answers, as sentences (`problem-<code>`) and field by field (`field-<name>`).

header-signedInAs = Angemeldet als { $email }
header-signOut = Abmelden
header-language = Sprache

nav-users = Benutzer verwalten
nav-partner-access = Partnerzugriff
nav-access = Zugriffsprüfung
nav-activity = Aktivität
nav-settings = Kontoeinstellungen

banner-label = Bestätigung in zwei Schritten verlangt
banner-grace = { $account } verlangt ab { $date } die Bestätigung in zwei Schritten. Richten Sie bis dahin eine Authenticator-App ein und melden Sie sich damit an: Danach haben Sie hier keinen Zugriff mehr, bis Sie das tun.
banner-missing = { $account } verlangt die Bestätigung in zwei Schritten. Sie haben hier keinen Zugriff, bis Sie sich mit Ihrer Authenticator-App anmelden.
banner-signInAgain = Erneut anmelden

page-skip = Zum Inhalt springen

common-cancel = Abbrechen
common-tryAgain = Erneut versuchen
common-signInAgain = Erneut anmelden

settings-pageTitle = Kontoeinstellungen - Roster
settings-title = Kontoeinstellungen
settings-loading = Das Konto wird geladen…

name-title = Name und Plätze
name-label = Name des Kontos
name-save = Umbenennen
name-saved = Das Konto heißt jetzt { $name }.

seats-used = { $used } von { $limit } Plätzen belegt
seats-manage = Benutzer verwalten

region-title = Sprache und Zeitzone
region-locale = Sprache
region-localeHint = Der E-Mails, die Roster für dieses Konto sendet, sofern eine Einladung keine andere Sprache nennt.
region-zone = Zeitzone
region-zoneHint = Uhrzeiten in den E-Mails werden in ihr angegeben.
region-save = Sprache und Zeitzone speichern
region-saved = Sprache und Zeitzone gespeichert.

mfa-title = Bestätigung in zwei Schritten
mfa-require = Bestätigung in zwei Schritten verlangen
mfa-requireHint = Alle in diesem Konto, Sie und die Benutzer von Partnern eingeschlossen, melden sich dann mit einer Authenticator-App an.
mfa-grace = Schonfrist (Tage)
mfa-graceHint = 0 bis 30 Tage ab dem Einschalten, um eine App einzurichten. Bis dahin werden Benutzer ohne App gewarnt.
mfa-save = Bestätigung in zwei Schritten speichern
mfa-from = Verlangt: Ab { $date } haben Benutzer ohne zweiten Faktor keinen Zugriff.
mfa-now = Verlangt: Benutzer ohne zweiten Faktor haben keinen Zugriff.
mfa-off = Nicht verlangt.
mfa-saved = Gespeichert. { $state }
mfa-needsFactor = Zum Ein- oder Ausschalten müssen Sie mit Ihrer Authenticator-App angemeldet sein.
mfa-signInFirst = Sie müssen sich zuerst mit Ihrer Authenticator-App anmelden: Diese Anmeldung hat keine verwendet. Melden Sie sich erneut an und geben Sie auf Nachfrage den Code Ihrer App ein; haben Sie noch keine, richten Sie sie bei der Anmeldung ein.

leave-title = Dieses Konto verlassen
leave-text = Wenn Sie gehen, verlieren Sie sofort den Zugriff auf { $account } und geben Ihren Platz frei. Um zurückzukommen, brauchen Sie eine neue Einladung des Inhabers.
leave-button = Dieses Konto verlassen
leave-question = { $account } verlassen?
leave-questionText = Sie verlieren sofort den Zugriff auf { $account }. Nur eine neue Einladung des Inhabers bringt Sie zurück.
leave-confirm = Verlassen
leave-owner = Als Inhaber können Sie dieses Konto nicht verlassen: Übertragen Sie zuerst die Inhaberschaft.
leave-done = Sie haben { $account } verlassen.

own-title = Inhaberschaft übertragen
own-soon = Bald können Sie dieses Konto hier an einen anderen Benutzer übergeben.
own-intro = Bieten Sie die Inhaberschaft einem aktiven Benutzer dieses Kontos an, der kein Benutzer eines Partners ist. Er hat 7 Tage Zeit anzunehmen; dann wird er Inhaber und Sie Account Manager.
own-user = Neuer Inhaber
own-none = Noch kann niemand es übernehmen: Die Inhaberschaft geht nur an einen aktiven Benutzer, der kein Benutzer eines Partners ist.
own-offer = Inhaberschaft anbieten
own-question = Inhaberschaft { $email } anbieten?
own-questionText = { $email } kann innerhalb von 7 Tagen annehmen. Dann gehört { $account } dieser Person, und Sie werden Account Manager ohne Einschränkungen. Bis zur Annahme können Sie das Angebot zurückziehen.
own-offered = Die Inhaberschaft ist { $email } angeboten; eine E-Mail ist unterwegs.
own-pending = Die Inhaberschaft ist { $email } bis { $date } angeboten.
own-cancel = Angebot zurückziehen
own-cancelled = Das Angebot ist zurückgezogen.
own-forYou = { $owner } bietet Ihnen die Inhaberschaft von { $account } an, bis { $date }.
own-forYouText = Als Inhaber verwalten Sie seine Benutzer und Einstellungen, und { $owner } wird Account Manager.
own-accept = Inhaberschaft annehmen
own-decline = Ablehnen
own-accepted = Sie sind jetzt Inhaber von { $account }.
own-declined = Sie haben das Angebot abgelehnt.

problem-unauthenticated = Sie sind nicht angemeldet, oder Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.
problem-account_not_found = Dieses Konto gibt es nicht, oder Sie sind keiner seiner Benutzer.
problem-forbidden = Ihre Rolle erlaubt das nicht. Fragen Sie den Inhaber des Kontos, wenn Sie es brauchen.
problem-mfa_required = Dieses Konto verlangt die Bestätigung in zwei Schritten: Melden Sie sich mit Ihrer Authenticator-App an und versuchen Sie es erneut.
problem-user_not_found = Dieser Benutzer gehört nicht mehr zu diesem Konto.
problem-invalid_transition = Der Status dieses Benutzers lässt das nicht mehr zu. Was Sie jetzt sehen, ist der neueste Stand.
problem-access_ended = Der Zugriff dieses Benutzers ist beendet, daher kann er nicht mehr geändert werden.
problem-seat_limit_reached = Alle Plätze sind belegt. Geben Sie einen frei, indem Sie eine offene Einladung widerrufen oder einen Benutzer deaktivieren, und versuchen Sie es erneut.
problem-invitation_pending = Für diese Adresse gibt es bereits eine offene Einladung.
problem-user_exists = Diese Adresse ist bereits Benutzer dieses Kontos.
problem-invitation_not_found = Dieser Einladungslink funktioniert nicht mehr.
problem-invitation_expired = Diese Einladung ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.
problem-email_mismatch = Diese Einladung gilt einer anderen Adresse. Melden Sie sich mit der eingeladenen Adresse an.
problem-already_member = Sie sind bereits Benutzer dieses Kontos.
problem-owner_cannot_leave = Der Inhaber kann das Konto nicht verlassen: Zuerst muss er die Inhaberschaft übertragen.
problem-cannot_offer_ownership = Die Inhaberschaft kann nur an einen aktiven Benutzer dieses Kontos gehen, der kein Benutzer eines Partners ist.
problem-ownership_offer_pending = Die Inhaberschaft ist bereits jemandem angeboten. Ziehen Sie dieses Angebot zuerst zurück.
problem-no_ownership_offer = Es gibt kein Angebot der Inhaberschaft mehr.
problem-ownership_offer_lapsed = Das Angebot der Inhaberschaft ist verfallen: Rolle oder Status des Benutzers haben sich seitdem geändert. Der Inhaber kann es erneut anbieten.
problem-partner_request_missing = Dieser Partner hat keinen Zugriff auf dieses Konto angefragt.
problem-partner_access_disabled = Der Partnerzugriff auf dieses Konto ist für dieses Partnerkonto nicht eingeschaltet.
problem-precondition_failed = Jemand anderes hat es inzwischen geändert; was Sie jetzt sehen, ist der neueste Stand.
problem-rate_limited = Im Moment zu viele Anfragen. Versuchen Sie es später erneut.
problem-recipient_suppressed = E-Mails an diese Adresse kamen zurück oder wurden als Spam markiert, daher nimmt sie keine Einladungen an.
problem-email_unverified = Die E-Mail-Adresse Ihrer Anmeldung ist nicht bestätigt.
problem-unsupported_media_type = Die Seite hat eine Anfrage gesendet, die Roster nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-invalid_json = Die Seite hat eine Anfrage gesendet, die Roster nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-payload_too_large = Das ist mehr, als Roster auf einmal annimmt. Senden Sie weniger und versuchen Sie es erneut.
problem-invalid_field = Einige Werte werden nicht angenommen: Sehen Sie sich die markierten Felder an.
problem-invalid_email = Diese E-Mail-Adresse ist nicht gültig.
problem-invalid_role = Diese Rolle gibt es nicht.
problem-invalid_permission = Diese Berechtigung gibt es nicht, oder die Rolle gewährt sie nicht.
problem-invalid_cursor = Die Seite hat eine Anfrage gesendet, die Roster nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-invalid_query = Die Seite hat eine Anfrage gesendet, die Roster nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-busy = Roster ist mit anderen Änderungen an diesem Konto beschäftigt. Versuchen Sie es gleich noch einmal.
problem-unavailable = Roster ist kurz nicht erreichbar. Versuchen Sie es gleich noch einmal.
problem-internal_error = Bei Roster ist etwas schiefgegangen; es wurde protokolliert. Versuchen Sie es später erneut.
# What to do next, after problem-access_ended, on Manage users.
next-access_ended = Reaktivieren Sie die Person über das Menü ihrer Zeile, mit neuem Enddatum oder ohne, um den Zugang wiederherzustellen.
problem-unreachable = Roster ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
problem-unknown = Roster hat abgelehnt (Code { $code }).

field-name-length = Der Name muss 1 bis 100 Zeichen lang sein.
field-name-characters = Der Name darf keine Steuer- oder unsichtbaren Zeichen enthalten (etwa Richtungsmarken oder Leerzeichen ohne Breite).
field-name-address = Der Name darf keine Web- oder E-Mail-Adresse enthalten: Er erscheint in E-Mails.
field-email = Geben Sie eine gültige E-Mail-Adresse ein.
field-locale = Wählen Sie eine der angebotenen Sprachen.
field-time_zone = Wählen Sie eine Zeitzone aus der Liste.
field-mfa_grace_days = Die Schonfrist muss eine ganze Zahl von Tagen zwischen 0 und 30 sein.
field-user_id = Wählen Sie einen Benutzer aus der Liste.
field-other = Dieser Wert wird nicht angenommen.

## The invitation page

invitation-pageTitle = Ihre Einladung - Roster
invitation-opening = Ihre Einladung wird geöffnet…
invitation-join = Treten Sie { $account } bei
invitation-lead = { $inviter } lädt Sie ein, { $account } als { $role } beizutreten.
invitation-theOwner = Der Inhaber des Kontos
invitation-for = Die Einladung gilt für { $email } und ist bis { $date } gültig.
invitation-signInToAccept = Als { $email } anmelden und annehmen
invitation-newHere = Neu bei Roster? Auf der Anmeldeseite können Sie sich mit dieser Adresse registrieren.
invitation-signedInAs = Sie sind als { $email } angemeldet.
invitation-accept = Einladung annehmen
invitation-someoneElse = Mit einer anderen Adresse anmelden
invitation-expired = Diese Einladung ist abgelaufen
invitation-endedOn = Die Einladung, { $account } als { $role } beizutreten, endete am { $date }.
invitation-ended = Die Einladung ist beendet.
invitation-askResend = Bitten Sie { $inviter }, sie erneut zu senden: Sie erhalten dann einen neuen Link per E-Mail.
invitation-theInviter = die Person, die Sie eingeladen hat
invitation-yourAccounts = Zu Ihren Konten
invitation-notFound = Dieser Einladungslink funktioniert nicht mehr
invitation-notFoundWhy = Er wurde bereits verwendet, widerrufen oder durch eine neuere Einladung ersetzt.
invitation-notFoundNext = Wenn Sie sie bereits angenommen haben, wartet Ihr Konto auf Sie. Andernfalls bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.
invitation-otherAddress = Diese Einladung gilt für eine andere Adresse
invitation-signedInOther = Sie sind als { $email } angemeldet, aber die Einladung gilt für { $invited }.
invitation-unverified = Sie sind als { $email } angemeldet, die nicht bestätigt ist, aber die Einladung gilt für { $invited }.
invitation-anotherAddress = eine andere Adresse
invitation-theInvited = die eingeladene Adresse
invitation-signInFirst = Melden Sie sich als { $email } an, um sie anzunehmen; die Einladung bleibt bis dahin gültig.
invitation-signInAs = Als { $email } anmelden
invitation-already = Sie sind bereits Benutzer von { $account }
invitation-thisAccount = diesem Konto
invitation-nothingMore = Nichts weiter zu tun: Diese Einladung wird nicht mehr gebraucht.
invitation-wrong = Etwas ist schiefgelaufen

## The API's codes in words (web/js/words.js)

status-pending = Ausstehend
status-active = Aktiv
status-deactivated = Deaktiviert
status-expired = Abgelaufen
status-revoked = Widerrufen

deactivatedBy-owner = Vom Inhaber deaktiviert
deactivatedBy-partner_access_off = Partnerzugriff ausgeschaltet
deactivatedBy-access_ended = Zugang beendet

delivery-sent = Gesendet
delivery-delayed = Verzögert
delivery-delivered = Zugestellt
delivery-bounced = Unzustellbar
delivery-complained = Als Spam markiert
delivery-rejected = Abgelehnt
delivery-failed = Nicht gesendet

action-resend = Einladung erneut senden
action-revoke = Einladung widerrufen
action-change_role = Bearbeiten
action-extend = Verlängern
action-deactivate = Deaktivieren
action-reactivate = Reaktivieren
action-delete = Löschen

permission-campaigns_edit = Kampagnen erstellen und bearbeiten
permission-campaigns_schedule = Kampagnen planen und veröffentlichen
permission-lists_edit = Listen erstellen und bearbeiten
permission-contacts_view = Kontakte ansehen
permission-contacts_export = Kontakte exportieren
permission-library_use = Die Bibliothek nutzen
permission-reports_view = Berichte ansehen
permission-partner_tools = Partnertools
permission-users_manage = Benutzer verwalten
permission-billing_manage = Abrechnung und Käufe
permission-account_edit = Unternehmensprofil und Partnerzugriff
permission-api_access = API-Schlüssel
permission-community_access = Community
# Whether the language writes a permission's name in lower case inside a sentence: yes or no.
permission-lowerInSentence = no

## $list is a list id, $permissions names of permissions, lower case.
limits-list = Liste { $list }
limits-lists = { $count ->
    [one] { $count } Liste
   *[other] { $count } Listen
}
limits-without = ohne { $permissions }

audit-account-created = Konto erstellt
audit-account-renamed = Konto umbenannt
audit-account-settings_changed = Kontoeinstellungen geändert
audit-account-mfa_required = Bestätigung in zwei Schritten verlangt
audit-account-mfa_not_required = Bestätigung in zwei Schritten nicht mehr verlangt
audit-account-ownership_offered = Inhaberschaft angeboten
audit-account-ownership_offer_withdrawn = Angebot der Inhaberschaft zurückgezogen
audit-account-ownership_transferred = Inhaberschaft übertragen
audit-invitation-created = Eingeladen
audit-invitation-replaced = Einladung erneut gesendet, frühere Links widerrufen
audit-invitation-resent = Einladung erneut gesendet
audit-invitation-revoked = Einladung widerrufen
audit-invitation-expired = Einladung abgelaufen
audit-invitation-bounced = Einladungs-E-Mail unzustellbar
audit-invitation-complained = Einladungs-E-Mail als Spam markiert
audit-invitation-accepted = Einladung angenommen
audit-invitation-reminded = Eingeladene Person an die Einladung erinnert
audit-user-role_changed = Rolle geändert
audit-user-limits_changed = Listen oder Berechtigungen geändert
audit-user-deactivated = Deaktiviert
audit-user-reactivated = Reaktiviert
audit-user-deleted = Gelöscht
audit-user-left = Hat das Konto verlassen
audit-user-access_ending = Inhaber an das baldige Ende des Zugangs erinnert
audit-user-access_ended = Zugang beendet
audit-partner_access-requested = Partner hat Zugriff angefragt
audit-partner_access-enabled = Partnerzugriff aktiviert
audit-partner_access-disabled = Partnerzugriff ausgeschaltet
audit-partner_access-ending = Inhaber an das baldige Ende des Partnerzugriffs erinnert
audit-partner_access-ended = Partnerzugriff beendet
audit-partner_user-created = Partnerbenutzer erstellt

## $date is a day in words ("Fri, Dec 12"), $when a time from now ("in 2 days").
end-week = Eine Woche
end-month = Ein Monat
end-three_months = Drei Monate
end-until = bis { $date }
end-endsIn = endet { $when }

lastActive-never = nie
lastActive-heading = Zuletzt aktiv

lacks-not_a_member = noch kein Mitglied
lacks-deactivated = deaktiviert
lacks-access_ended = Zugang beendet
lacks-mfa_required = braucht Bestätigung in zwei Schritten
lacks-not_in_role = nicht in der Rolle
lacks-withheld = entzogen
lacks-list_not_in_scope = nicht auf den eigenen Listen

## $lists are list ids, $why a reason above or held-onLists.
held-yes = ja
held-yesOn = ja, { $lists }
held-onLists = nur Listen { $lists }
held-no = nein: { $why }

## Why a sign-in did not complete ($why is one of signIn-error-*).
signIn-failed = Die Anmeldung wurde nicht abgeschlossen. { $why }
signIn-error-invalid_request = Die Anfrage an die Anmeldeseite war unvollständig oder ungültig.
signIn-error-unauthorized_client = Diese App darf Sie nicht auf diese Weise anmelden.
signIn-error-access_denied = Die Anmeldung wurde abgebrochen oder abgelehnt.
signIn-error-unsupported_response_type = Die Anmeldeseite unterstützt die Art nicht, wie diese App Sie anmelden wollte.
signIn-error-invalid_scope = Diese App hat einen Zugriff angefragt, den die Anmeldeseite nicht gewährt.
signIn-error-server_error = Beim Anmeldedienst ist ein Problem aufgetreten.
signIn-error-temporarily_unavailable = Der Anmeldedienst ist ausgelastet oder kurz nicht erreichbar. Versuchen Sie es in einer Minute erneut.
signIn-error-invalid_grant = Die Anmeldung ist abgelaufen, wurde schon verwendet oder nicht in diesem Tab begonnen.
signIn-error-invalid_client = Der Anmeldedienst kennt diese App nicht.
signIn-error-unsupported_grant_type = Der Anmeldedienst unterstützt die Art nicht, wie diese App die Anmeldung abschließt.
signIn-error-not_started_here = Diese Anmeldung wurde nicht in diesem Tab begonnen oder ist bereits abgeschlossen.
signIn-error-no_code = Die Anmeldeseite hat keinen Anmeldecode zurückgesendet.
signIn-error-unreachable = Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung.
signIn-error-other = Bei der Anmeldung ist etwas schiefgegangen.
signIn-signingIn = Sie werden angemeldet…
signIn-again = Erneut anmelden
signIn-pageTitle = Anmeldung - Roster
signIn-heading = Anmeldung

## Ends of access (web/js/ending.js)

ends-legend = Zugang endet
ends-onDate = An einem Datum
ends-keep = Beibehalten
ends-until = Bis { $date }
ends-never = Nie
ends-date = Enddatum
ends-pickDay = Wählen Sie den Tag, an dem der Zugang endet.

## Manage users
## $email is a user's address, $role a role's name, $date a day in words.

users-pageTitle = Benutzer verwalten - Roster
users-title = Benutzer verwalten
users-add = Neuen Benutzer hinzufügen
users-notEditableOwner = { $email } ist Inhaber des Kontos: Niemand kann den Inhaber einschränken.
users-notEditable = { $email } ist { $status }, daher wird Bearbeiten nicht angeboten: Das Menü der Zeile zeigt, was möglich ist.

users-caption = Benutzer dieses Kontos
users-email = E-Mail-Adresse
users-partner = Partner
users-role = Rolle
users-limits = Einschränkungen
users-status = Status
users-delivery = Einladungs-E-Mail
users-none = Keine
users-actions = Aktionen
users-actionsFor = Aktionen für { $email }
users-owner = Kontoinhaber
users-pendingUntil = bis { $date }
users-accessUntil = Zugang bis { $date }
users-more = Weitere Benutzer anzeigen

users-fields-role = Rolle
users-fields-lists = Listen
users-fields-listsHint = Auf diese Listen beschränkt, kann der Benutzer nur dort { $permissions }.
users-fields-everyList = Alle Listen
users-fields-onlyLists = Nur diese Listen
users-fields-listIds = Listen-IDs, durch Kommas getrennt
users-fields-withheld = Entzogene Berechtigungen
users-fields-withheldHint = Was dieser Benutzer von dem, was die Rolle erlaubt, nicht darf.

users-invite-email = E-Mail-Adresse
users-invite-emailHint = Mit dieser Adresse meldet sich die Person an, um anzunehmen.
users-invite-send = Einladung senden
users-invite-pending = Bereits eingeladen
users-invite-pendingText = Für { $email } gibt es bereits eine ausstehende Einladung. Wenn Sie sie erneut senden, werden alle früheren Einladungen widerrufen.
users-invite-continue = Weiter
users-invite-bounced = Diese Adresse war unzustellbar
users-invite-bouncedText = Eine frühere Einladung an { $email } wurde von deren Mailserver abgelehnt. Prüfen Sie die Adresse auf Tippfehler. Stimmt sie, kann Roster es noch einmal versuchen.
users-invite-sendAnyway = Trotzdem senden

users-sent-title = Einladung gesendet!
users-sent-failed = Die Einladung gilt, aber die E-Mail an { $email } konnte nicht gesendet werden. Kopieren Sie den Link und senden Sie ihn selbst, oder senden Sie die Einladung später erneut.
users-sent-emailed = Wir haben { $email } eine Einladung als { $role } gesendet, gültig bis { $date }.
users-sent-ends = Der Zugang endet { $date }.
users-sent-link = Einladungslink
users-sent-linkHint = Wird nur jetzt angezeigt. Jeder mit dem Link kann die Einladung sehen; nur die eingeladene Adresse kann sie annehmen.
users-sent-copy = URL kopieren
users-sent-done = Fertig
users-sent-copied = Link kopiert.
users-sent-copyYourself = Drücken Sie Strg+C, um den markierten Link zu kopieren.
users-sent-told = Einladung an { $email } gesendet.

## $details are the role, the limits and the end of access, joined by commas.
users-edit-title = { $email } bearbeiten
users-edit-save = Speichern
users-edit-saved = { $email } ist jetzt { $details }.
users-edit-changed = Jemand anderes hat { $email } geändert, während Sie bearbeitet haben. Jetzt: { $role }, { $status }. Nehmen Sie Ihre Änderung erneut vor, wenn Sie sie noch wollen.
users-edit-deleted = Jemand anderes hat { $email } gelöscht, während Sie bearbeitet haben.

users-extend-title = Zugang für { $email } verlängern
users-extend-intro = Der Zugang endet { $date }. Verlängern um:
users-extend-orUntil = Oder bis zum Ende von
users-extend-toDate = Bis zu diesem Datum verlängern
users-extend-done = { $email } hat jetzt Zugang bis { $date }.

users-reactivate-title = { $email } reaktivieren?
users-reactivate-text = Der Zugang von { $email } ist beendet. Nach der Reaktivierung gilt er sofort wieder, solange ein Platz frei ist.
users-reactivate-legend = Diesmal endet der Zugang
users-reactivate-doneUntil = { $email } ist wieder aktiv, bis { $date }.
users-reactivate-done = { $email } ist wieder aktiv.

users-revoke-title = Einladung widerrufen?
users-revoke-text = Der an { $email } gesendete Link funktioniert sofort nicht mehr. Sie können später eine neue Einladung senden.
users-revoke-done = Die Einladung an { $email } ist widerrufen.
users-deactivate-title = { $email } deaktivieren?
users-deactivate-text = { $email } verliert sofort den Zugang zu diesem Konto. Sie können die Person später reaktivieren, solange ein Platz frei ist.
users-deactivate-done = { $email } ist deaktiviert.
users-delete-title = { $email } löschen?
users-delete-text = { $email } wird endgültig aus diesem Konto entfernt. Das lässt sich nicht rückgängig machen; die Aktivität behält, was geschehen ist.
users-delete-done = { $email } ist gelöscht.

## Access review
## $permission is a permission's name, lower case ("create and edit lists"),
## $list a list id, $question one of access-question*, $users addresses.

access-pageTitle = Zugriffsprüfung - Roster
access-title = Zugriffsprüfung
access-filters = Abfrage
access-permission = Berechtigung
access-everyPermission = Alle Berechtigungen
access-list = Liste
access-listHint = Eine Listen-ID, um nach einer Liste zu fragen; leer lassen für alle Listen.
access-show = Anzeigen
access-download = Als CSV herunterladen
access-user = Benutzer
access-role = Rolle
access-status = Status
access-edit = Bearbeiten
access-editUser = { $email } bearbeiten
access-everything = Was jeder Benutzer darf
access-question = Wer darf { $permission }?
access-questionOnList = Wer darf auf Liste { $list } { $permission }?
access-whoCan = { $question } { $users }.
access-nobody = { $question } Niemand.
access-downloaded = Die Prüfung ist heruntergeladen.

## Activity
## $count is a number of events, $span how long events are kept ("90 days").

activity-pageTitle = Aktivität - Roster
activity-title = Aktivität
activity-filters = Nur anzeigen
activity-about = Betrifft
activity-actor = Wer gehandelt hat
activity-action = Aktion
activity-since = Seit
activity-until = Bis
activity-anyone = Alle
activity-roster = Roster selbst
activity-anyAction = Jede Aktion
activity-show = Anzeigen
activity-clear = Filter löschen
activity-noMatch = Keine Ereignisse passen zu diesen Filtern.
activity-nothingYet = Bisher ist nichts geschehen.
activity-export = CSV exportieren
activity-exporting = Aktivität wird exportiert
activity-soFar = { $count ->
    [one] Bisher { $count } Ereignis
   *[other] Bisher { $count } Ereignisse
}
activity-exported = { $count ->
    [one] { $count } Ereignis exportiert.
   *[other] { $count } Ereignisse exportiert.
}
activity-cancel = Export abbrechen
activity-cancelled = Der Export wurde abgebrochen.
activity-kept = Ereignisse werden { $span } lang aufbewahrt und dann entfernt.
activity-caption = Was sich in diesem Konto geändert hat, neueste zuerst
activity-when = Wann
activity-who = Wer
activity-what = Was
activity-change = Änderung
activity-system = Roster
activity-older = Ältere Ereignisse anzeigen
activity-everything = Das ist alles.

## Partner access
## $partner is a partner agency's name, $until "until" and a day (end-until),
## $date a day in words, $when a time in words, $by an address.

partner-pageTitle = Partnerzugriff - Roster
partner-title = Partnerzugriff
partner-enabled = Partnerzugriff aktiviert
partner-manages = { $partner } betreut dieses Konto: Seine Partnermanager können hier einen eigenen Benutzer anlegen.
partner-managesUntil = { $partner } betreut dieses Konto { $until }: Seine Partnermanager können hier einen eigenen Benutzer anlegen.
partner-noPartner = Kein Partner betreut dieses Konto.
partner-endsIn = Partnerzugriff { $when }.
partner-changeEnd = Enddatum ändern
partner-setEnd = Ein Enddatum festlegen
partner-asked = { $partner } hat am { $when } angefragt.
partner-askedBy = { $partner } hat am { $when } angefragt ({ $by }).
partner-noRequests = Keine offenen Anfragen.
partner-managed = Betreuter Zugriff durch eine Partneragentur
partner-requests = Anfragen
partner-askWithId = Eine Partneragentur fragt mit der ID dieses Kontos an:
partner-nobodyAsked = Kein Partner hat Zugriff angefragt. Eine Partneragentur fragt zuerst an, mit der ID dieses Kontos.
partner-enable = Partnerzugriff aktivieren?
partner-partner = Partner
partner-enableText = Seine Partnermanager können dann einen eigenen Benutzer in diesem Konto anlegen, als Kontomanager, und belegen je einen Platz.
partner-ends = Partnerzugriff endet
partner-whenEnds = Wann endet der Partnerzugriff?
partner-untilText = { $partner } betreut dieses Konto bis { $date }. Dann verliert jeder Benutzer, den er hier angelegt hat, den Zugang.
partner-forGoodText = { $partner } betreut dieses Konto unbefristet. Mit einem Enddatum verliert dann jeder Benutzer, den er hier angelegt hat, den Zugang.
partner-turnOff = Partnerzugriff ausschalten?
partner-turnOffText = Jeder Benutzer, den { $partner } in diesem Konto angelegt hat, wird sofort deaktiviert.
partner-confirm = Bestätigen
partner-enabledFor = Partnerzugriff ist für { $partner } aktiviert.
partner-enabledForUntil = Partnerzugriff ist für { $partner } aktiviert, { $until }.
partner-turnedOff = Partnerzugriff ist ausgeschaltet.
partner-client-title = Das Konto eines Kunden betreuen
partner-client-intro = Bitten Sie einen Kunden mit seiner Konto-ID um betreuten Zugriff. Sobald dessen Inhaber den Zugriff für { $partner } aktiviert, legen Sie Ihren eigenen Benutzer in seinem Konto an.
partner-client-id = Konto-ID des Kunden
partner-client-idHint = Der Kunde findet sie auf seiner Seite Partnerzugriff.
partner-client-request = Zugriff anfragen
partner-client-join = Unseren Benutzer dort anlegen
partner-client-joined = Sie haben jetzt einen Benutzer im Konto des Kunden, als Kontomanager.
partner-client-open = Ihre Konten öffnen
partner-client-requested = Anfrage gesendet. Der Inhaber des Kunden sieht sie auf seiner Seite Partnerzugriff; sie bleibt 30 Tage offen.

## Your accounts
## $account is an account's name, $role a role's name.

accounts-pageTitle = Ihre Konten - Roster
accounts-title = Ihre Konten
accounts-none = Sie sind noch Benutzer keines Kontos. Erstellen Sie unten eines, oder öffnen Sie den Link einer erhaltenen Einladung.
accounts-users = Benutzer von { $account } verwalten
accounts-partner = Partnerzugriff von { $account }
accounts-settings = Kontoeinstellungen von { $account }
accounts-welcome = Willkommen! Sie sind { $account } als { $role } beigetreten.
accounts-partnerAgency = Partneragentur
accounts-canDo = Was Sie hier tun können
accounts-deactivated = Solange Sie deaktiviert sind, können Sie hier nichts tun.
accounts-create = Ein Konto erstellen
accounts-kind = Art
accounts-kindStandard = Ein E-Mail-Marketing-Konto
accounts-kindPartner = Eine Partneragentur, die Konten von Kunden betreut
accounts-createButton = Konto erstellen
