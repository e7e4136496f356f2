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
problem-unreachable = Roster ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
problem-unknown = Roster hat abgelehnt (Code { $code }).

field-name-length = Der Name muss 1 bis 100 Zeichen lang sein.
field-name-characters = Der Name darf keine Steuer- oder unsichtbaren Zeichen enthalten (etwa Richtungsmarken oder Leerzeichen ohne Breite).
field-name-address = Der Name darf keine Web- oder E-Mail-Adresse enthalten: Er erscheint in E-Mails.
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
