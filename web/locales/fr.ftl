# Français. Les mêmes messages, avec les mêmes paramètres, que en.ftl.

## Roles

role-owner = Propriétaire
role-owner-description = Tout, y compris les utilisateurs, la facturation et les paramètres du compte.
role-account_manager = Gestionnaire du compte
role-account_manager-description = Tout sauf les utilisateurs, la facturation, les paramètres du compte, les clés d’API et les outils partenaires.
role-campaign_creator = Créateur de campagnes
role-campaign_creator-description = Crée et modifie les campagnes, utilise la bibliothèque et consulte les rapports.
role-partner_manager = Gestionnaire des partenaires
role-partner_manager-description = Les outils partenaires uniquement.

## Emails

email-from = { $inviter } via { $account }
email-from-roster = { $account } sur Roster
email-footer = Envoyé par Roster pour le compte de { $account }.
email-link-as-text = Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :

email-invitation-subject = { $inviter } vous invite à rejoindre { $account } sur Roster
email-reminder-subject = Rappel : { $inviter } vous invite à rejoindre { $account } sur Roster
email-invitation-preview = Rejoignez { $account } en tant que { $role }.
email-invitation-heading = Rejoignez { $account }
email-invitation-intro = { $inviter } vous invite à rejoindre { $account } sur Roster en tant que { $role }.
email-invitation-role = { $role } : { $description }
email-invitation-button = Accepter l’invitation
email-invitation-how = Connectez-vous (ou inscrivez-vous) avec { $email } pour l’accepter. Le lien ne fonctionne qu’une fois, jusqu’au { $when }.
email-invitation-unexpected = Vous ne vous y attendiez pas ? Vous pouvez ignorer cet e-mail : rien ne se passe si vous n’acceptez pas. Pour toute question, répondez : votre réponse parvient à { $inviter }.

email-ending-subject = L’accès à { $account } se termine bientôt : { $whose }
email-ending-preview = Prolongez-le avant le { $when } pour le conserver.
email-ending-heading = L’accès se termine bientôt
email-ending-user = L’utilisateur { $whose } peut utiliser { $account } jusqu’au { $when } ; ensuite, son accès prend fin.
email-ending-partner = L’agence partenaire { $whose } peut utiliser { $account } jusqu’au { $when } ; ensuite, son accès prend fin.
email-ending-button = Prolonger l’accès
email-ending-unexpected = Vous recevez cet e-mail en tant que propriétaire de { $account }. Si l’accès doit prendre fin, vous n’avez rien à faire.

email-ownership-subject = { $owner } vous propose la propriété de { $account }
email-ownership-preview = Acceptez ou refusez avant le { $when }.
email-ownership-heading = Devenez propriétaire de { $account }
email-ownership-intro = { $owner } propose de vous confier { $account } : vous en deviendriez le propriétaire, et { $owner } Gestionnaire du compte.
email-ownership-button = Accepter ou refuser
email-ownership-until = L’offre est valable jusqu’au { $when }. Connectez-vous avec cette adresse pour y répondre.
email-ownership-unexpected = Vous ne vous y attendiez pas ? Refusez-la, ou ignorez cet e-mail : rien ne change si vous n’acceptez pas. Pour toute question, répondez : votre réponse parvient à { $owner }.

## Pages
## The header, its banners, Account settings, and every code the API
## answers, as sentences (`problem-<code>`) and field by field (`field-<name>`).

header-signedInAs = Connecté en tant que { $email }
header-signOut = Se déconnecter
header-language = Langue

nav-users = Gérer les utilisateurs
nav-partner-access = Accès partenaire
nav-access = Revue des accès
nav-activity = Activité
nav-settings = Paramètres du compte

banner-label = Validation en deux étapes exigée
banner-grace = { $account } exige la validation en deux étapes à partir du { $date }. Configurez une application d’authentification et connectez-vous avec elle avant cette date : ensuite, vous n’aurez plus aucun accès ici tant que vous ne l’aurez pas fait.
banner-missing = { $account } exige la validation en deux étapes. Vous n’avez aucun accès ici tant que vous ne vous connectez pas avec votre application d’authentification.
banner-signInAgain = Se reconnecter

page-skip = Aller au contenu

common-cancel = Annuler
common-tryAgain = Réessayer
common-signInAgain = Se reconnecter

settings-pageTitle = Paramètres du compte - Roster
settings-title = Paramètres du compte
settings-loading = Chargement du compte…

name-title = Nom et places
name-label = Nom du compte
name-save = Renommer
name-saved = Le compte s’appelle désormais { $name }.

seats-used = { $used } places occupées sur { $limit }
seats-manage = Gérer les utilisateurs

region-title = Langue et fuseau horaire
region-locale = Langue
region-localeHint = Des e-mails que Roster envoie pour ce compte, sauf si une invitation indique une autre langue.
region-zone = Fuseau horaire
region-zoneHint = Les heures des e-mails y sont données.
region-save = Enregistrer la langue et le fuseau horaire
region-saved = Langue et fuseau horaire enregistrés.

mfa-title = Validation en deux étapes
mfa-require = Exiger la validation en deux étapes
mfa-requireHint = Tout le monde dans ce compte, vous et les utilisateurs des partenaires compris, se connecte alors avec une application d’authentification.
mfa-grace = Délai de grâce (jours)
mfa-graceHint = De 0 à 30 jours, comptés à partir de l’activation, pour configurer une application. En attendant, les utilisateurs qui n’en ont pas sont avertis.
mfa-save = Enregistrer la validation en deux étapes
mfa-from = Exigée : à partir du { $date }, les utilisateurs sans second facteur n’ont plus aucun accès.
mfa-now = Exigée : les utilisateurs sans second facteur n’ont aucun accès.
mfa-off = Non exigée.
mfa-saved = Enregistré. { $state }
mfa-needsFactor = L’activer ou la désactiver demande une connexion avec votre application d’authentification.
mfa-signInFirst = Vous devez d’abord vous connecter avec votre application d’authentification : cette connexion ne l’a pas utilisée. Reconnectez-vous et saisissez le code affiché par votre application lorsqu’il vous est demandé ; si vous n’en avez pas encore, configurez-en une en vous connectant.

leave-title = Quitter ce compte
leave-text = En partant, vous perdez aussitôt l’accès à { $account } et libérez votre place. Pour revenir, il vous faudra une nouvelle invitation de son propriétaire.
leave-button = Quitter ce compte
leave-question = Quitter { $account } ?
leave-questionText = Vous perdez aussitôt l’accès à { $account }. Seule une nouvelle invitation de son propriétaire vous permettra de revenir.
leave-confirm = Quitter
leave-owner = En tant que propriétaire, vous ne pouvez pas quitter ce compte : transférez d’abord la propriété.
leave-done = Vous avez quitté { $account }.

own-title = Transférer la propriété
own-soon = Vous pourrez bientôt confier ici ce compte à un autre utilisateur.
own-intro = Proposez la propriété à un utilisateur actif de ce compte qui n’est pas un utilisateur d’un partenaire. Il a 7 jours pour accepter ; il devient alors propriétaire et vous Account Manager.
own-user = Nouveau propriétaire
own-none = Personne ne peut encore la reprendre : la propriété ne peut aller qu’à un utilisateur actif qui n’est pas un utilisateur d’un partenaire.
own-offer = Proposer la propriété
own-question = Proposer la propriété à { $email } ?
own-questionText = { $email } peut accepter sous 7 jours. Il sera alors propriétaire de { $account }, et vous deviendrez Account Manager sans limites. Vous pouvez annuler la proposition jusqu’à ce qu’il accepte.
own-offered = La propriété est proposée à { $email }, qui a reçu un e-mail.
own-pending = La propriété est proposée à { $email } jusqu’au { $date }.
own-cancel = Annuler la proposition
own-cancelled = La proposition est annulée.
own-forYou = { $owner } vous propose la propriété de { $account }, jusqu’au { $date }.
own-forYouText = En tant que propriétaire, vous gérerez ses utilisateurs et ses paramètres, et { $owner } deviendra Account Manager.
own-accept = Accepter la propriété
own-decline = Refuser
own-accepted = Vous êtes désormais propriétaire de { $account }.
own-declined = Vous avez refusé la proposition.

problem-unauthenticated = Vous n’êtes pas connecté, ou votre connexion a expiré. Reconnectez-vous.
problem-account_not_found = Ce compte n’existe pas, ou vous n’en êtes pas utilisateur.
problem-forbidden = Votre rôle ne le permet pas. Demandez au propriétaire du compte si vous en avez besoin.
problem-mfa_required = Ce compte exige la validation en deux étapes : connectez-vous avec votre application d’authentification, puis réessayez.
problem-user_not_found = Cet utilisateur ne fait plus partie de ce compte.
problem-invalid_transition = Le statut de cet utilisateur ne le permet plus. Ce que vous voyez maintenant est à jour.
problem-access_ended = L’accès de cet utilisateur a pris fin : il ne peut plus être modifié.
problem-seat_limit_reached = Toutes les places sont occupées. Libérez-en une en révoquant une invitation en attente ou en désactivant un utilisateur, puis réessayez.
problem-invitation_pending = Cette adresse a déjà une invitation en attente.
problem-user_exists = Cette adresse est déjà utilisatrice de ce compte.
problem-invitation_not_found = Ce lien d’invitation ne fonctionne plus.
problem-invitation_expired = Cette invitation a expiré. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.
problem-email_mismatch = Cette invitation est destinée à une autre adresse. Connectez-vous avec l’adresse invitée.
problem-already_member = Vous êtes déjà utilisateur de ce compte.
problem-owner_cannot_leave = Le propriétaire ne peut pas quitter le compte : il doit d’abord transférer la propriété.
problem-cannot_offer_ownership = La propriété ne peut aller qu’à un utilisateur actif de ce compte qui n’est pas un utilisateur d’un partenaire.
problem-ownership_offer_pending = La propriété est déjà proposée à quelqu’un. Annulez d’abord cette proposition.
problem-no_ownership_offer = Il n’y a plus de proposition de propriété.
problem-ownership_offer_lapsed = La proposition de propriété est caduque : le rôle ou le statut de l’utilisateur a changé depuis. Le propriétaire peut la proposer à nouveau.
problem-partner_request_missing = Ce partenaire n’a pas demandé l’accès à ce compte.
problem-partner_access_disabled = L’accès partenaire à ce compte n’est pas activé pour ce compte partenaire.
problem-precondition_failed = Quelqu’un d’autre l’a modifié entre-temps ; ce que vous voyez maintenant est à jour.
problem-rate_limited = Trop de demandes pour le moment. Réessayez plus tard.
problem-recipient_suppressed = Les e-mails envoyés à cette adresse ont été rejetés ou signalés comme spam : elle ne reçoit plus d’invitations.
problem-email_unverified = L’adresse e-mail de votre connexion n’est pas vérifiée.
problem-unsupported_media_type = La page a envoyé une demande que Roster n’a pas pu lire. Rechargez la page et réessayez.
problem-invalid_json = La page a envoyé une demande que Roster n’a pas pu lire. Rechargez la page et réessayez.
problem-payload_too_large = C’est plus que ce que Roster accepte en une fois. Envoyez moins et réessayez.
problem-invalid_field = Certaines valeurs ne sont pas acceptées : voyez les champs signalés.
problem-invalid_email = Cette adresse e-mail n’est pas valide.
problem-invalid_role = Ce rôle n’existe pas.
problem-invalid_permission = Cette permission n’existe pas, ou le rôle ne l’accorde pas.
problem-invalid_cursor = La page a envoyé une demande que Roster n’a pas pu lire. Rechargez la page et réessayez.
problem-invalid_query = La page a envoyé une demande que Roster n’a pas pu lire. Rechargez la page et réessayez.
problem-busy = Roster est occupé par d’autres modifications de ce compte. Réessayez dans un instant.
problem-unavailable = Roster est momentanément indisponible. Réessayez dans un instant.
problem-internal_error = Un problème est survenu du côté de Roster ; il a été consigné. Réessayez plus tard.
problem-unreachable = Impossible de joindre Roster. Vérifiez votre connexion et réessayez.
problem-unknown = Roster a refusé (code { $code }).

field-name-length = Le nom doit compter de 1 à 100 caractères.
field-name-characters = Le nom ne doit pas contenir de caractères de contrôle ou invisibles (marques bidirectionnelles, espaces sans chasse…).
field-name-address = Le nom ne doit pas contenir d’adresse web ou e-mail : il apparaît dans les e-mails.
field-locale = Choisissez l’une des langues proposées.
field-time_zone = Choisissez un fuseau horaire dans la liste.
field-mfa_grace_days = Le délai de grâce doit être un nombre entier de jours, de 0 à 30.
field-user_id = Choisissez un utilisateur dans la liste.
field-other = Cette valeur n’est pas acceptée.

## The invitation page

invitation-pageTitle = Votre invitation - Roster
invitation-opening = Ouverture de votre invitation…
invitation-join = Rejoignez { $account }
invitation-lead = { $inviter } vous invite à rejoindre { $account } en tant que { $role }.
invitation-theOwner = Le propriétaire du compte
invitation-for = L’invitation est destinée à { $email } et reste valable jusqu’au { $date }.
invitation-signInToAccept = Connectez-vous en tant que { $email } pour l’accepter
invitation-newHere = Nouveau sur Roster ? La page de connexion vous permet de vous inscrire avec cette adresse.
invitation-signedInAs = Vous êtes connecté en tant que { $email }.
invitation-accept = Accepter l’invitation
invitation-someoneElse = Se connecter avec une autre adresse
invitation-expired = Cette invitation a expiré
invitation-endedOn = L’invitation à rejoindre { $account } en tant que { $role } a pris fin le { $date }.
invitation-ended = L’invitation a pris fin.
invitation-askResend = Demandez à { $inviter } de vous la renvoyer : vous recevrez un nouveau lien par e-mail.
invitation-theInviter = la personne qui vous a invité
invitation-yourAccounts = Aller à vos comptes
invitation-notFound = Ce lien d’invitation ne fonctionne plus
invitation-notFoundWhy = Il a déjà été utilisé, révoqué ou remplacé par une invitation plus récente.
invitation-notFoundNext = Si vous l’avez déjà acceptée, votre compte vous attend. Sinon, demandez à la personne qui vous a invité de vous envoyer une nouvelle invitation.
invitation-otherAddress = Cette invitation est destinée à une autre adresse
invitation-signedInOther = Vous êtes connecté en tant que { $email }, mais l’invitation est destinée à { $invited }.
invitation-unverified = Vous êtes connecté en tant que { $email }, adresse non vérifiée, mais l’invitation est destinée à { $invited }.
invitation-anotherAddress = une autre adresse
invitation-theInvited = l’adresse invitée
invitation-signInFirst = Connectez-vous en tant que { $email } pour l’accepter ; l’invitation reste valable d’ici là.
invitation-signInAs = Se connecter en tant que { $email }
invitation-already = Vous êtes déjà utilisateur de { $account }
invitation-thisAccount = ce compte
invitation-nothingMore = Rien de plus à faire : cette invitation n’est plus nécessaire.
invitation-wrong = Une erreur s’est produite
