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
