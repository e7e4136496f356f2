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
# What to do next, after problem-access_ended, on Manage users.
next-access_ended = Réactivez-le depuis le menu de sa ligne, avec une nouvelle date de fin ou sans, pour lui rendre l’accès.
problem-unreachable = Impossible de joindre Roster. Vérifiez votre connexion et réessayez.
problem-unknown = Roster a refusé (code { $code }).

field-name-length = Le nom doit compter de 1 à 100 caractères.
field-name-characters = Le nom ne doit pas contenir de caractères de contrôle ou invisibles (marques bidirectionnelles, espaces sans chasse…).
field-name-address = Le nom ne doit pas contenir d’adresse web ou e-mail : il apparaît dans les e-mails.
field-email = Saisissez une adresse e-mail valide.
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

## The API's codes in words (web/js/words.js)

status-pending = En attente
status-active = Actif
status-deactivated = Désactivé
status-expired = Expiré
status-revoked = Révoqué

deactivatedBy-owner = Désactivé par le propriétaire
deactivatedBy-partner_access_off = Accès partenaire désactivé
deactivatedBy-access_ended = Accès terminé

delivery-sent = Envoyé
delivery-delayed = Retardé
delivery-delivered = Remis
delivery-bounced = Rejeté par le serveur
delivery-complained = Signalé comme spam
delivery-rejected = Refusé
delivery-failed = Non envoyé

action-resend = Renvoyer l’invitation
action-revoke = Révoquer l’invitation
action-change_role = Modifier
action-extend = Prolonger
action-deactivate = Désactiver
action-reactivate = Réactiver
action-delete = Supprimer

permission-campaigns_edit = Créer et modifier des campagnes
permission-campaigns_schedule = Programmer et publier des campagnes
permission-lists_edit = Créer et modifier des listes
permission-contacts_view = Voir les contacts
permission-contacts_export = Exporter les contacts
permission-library_use = Utiliser la bibliothèque
permission-reports_view = Voir les rapports
permission-partner_tools = Outils partenaires
permission-users_manage = Gérer les utilisateurs
permission-billing_manage = Facturation et achats
permission-account_edit = Profil de l’entreprise et accès partenaire
permission-api_access = Clés d’API
permission-community_access = Communauté
# Whether the language writes a permission's name in lower case inside a sentence: yes or no.
permission-lowerInSentence = yes

## $list is a list id, $permissions names of permissions, lower case.
limits-list = Liste { $list }
limits-lists = { $count ->
    [one] { $count } liste
   *[other] { $count } listes
}
limits-without = sans { $permissions }

audit-account-created = Compte créé
audit-account-renamed = Compte renommé
audit-account-settings_changed = Paramètres du compte modifiés
audit-account-mfa_required = Validation en deux étapes exigée
audit-account-mfa_not_required = Validation en deux étapes plus exigée
audit-account-ownership_offered = Propriété proposée
audit-account-ownership_offer_withdrawn = Offre de propriété retirée
audit-account-ownership_transferred = Propriété transférée
audit-invitation-created = Invité
audit-invitation-replaced = Invitation renvoyée, liens précédents révoqués
audit-invitation-resent = Invitation renvoyée
audit-invitation-revoked = Invitation révoquée
audit-invitation-expired = Invitation expirée
audit-invitation-bounced = E-mail d’invitation rejeté
audit-invitation-complained = E-mail d’invitation signalé comme spam
audit-invitation-accepted = Invitation acceptée
audit-invitation-reminded = Rappel de l’invitation envoyé à l’invité
audit-user-role_changed = Rôle modifié
audit-user-limits_changed = Listes ou autorisations modifiées
audit-user-deactivated = Désactivé
audit-user-reactivated = Réactivé
audit-user-deleted = Supprimé
audit-user-left = A quitté le compte
audit-user-access_ending = Propriétaire prévenu de la fin prochaine de l’accès
audit-user-access_ended = Accès terminé
audit-partner_access-requested = Un partenaire a demandé l’accès
audit-partner_access-enabled = Accès partenaire activé
audit-partner_access-disabled = Accès partenaire désactivé
audit-partner_access-ending = Propriétaire prévenu de la fin prochaine de l’accès partenaire
audit-partner_access-ended = Accès partenaire terminé
audit-partner_user-created = Utilisateur partenaire créé

## $date is a day in words ("Fri, Dec 12"), $when a time from now ("in 2 days").
end-week = Une semaine
end-month = Un mois
end-three_months = Trois mois
end-until = jusqu’au { $date }
end-endsIn = se termine { $when }

lastActive-never = jamais
lastActive-heading = Dernière activité

lacks-not_a_member = pas encore membre
lacks-deactivated = désactivé
lacks-access_ended = accès terminé
lacks-mfa_required = validation en deux étapes requise
lacks-not_in_role = pas dans le rôle
lacks-withheld = retirée
lacks-list_not_in_scope = pas sur ses listes

## $lists are list ids, $why a reason above or held-onLists.
held-yes = oui
held-yesOn = oui, { $lists }
held-onLists = seulement les listes { $lists }
held-no = non : { $why }

## Why a sign-in did not complete ($why is one of signIn-error-*).
signIn-failed = La connexion n’a pas abouti. { $why }
signIn-error-invalid_request = La demande envoyée à la page de connexion était incomplète ou non valide.
signIn-error-unauthorized_client = Cette application n’est pas autorisée à vous connecter de cette façon.
signIn-error-access_denied = La connexion a été annulée ou refusée.
signIn-error-unsupported_response_type = La page de connexion ne prend pas en charge la façon dont cette application a demandé à vous connecter.
signIn-error-invalid_scope = Cette application a demandé un accès que la page de connexion n’accorde pas.
signIn-error-server_error = Le service de connexion a rencontré un problème de son côté.
signIn-error-temporarily_unavailable = Le service de connexion est occupé ou brièvement indisponible. Réessayez dans une minute.
signIn-error-invalid_grant = La connexion a expiré, a déjà été utilisée ou n’a pas commencé dans cet onglet.
signIn-error-invalid_client = Le service de connexion ne connaît pas cette application.
signIn-error-unsupported_grant_type = Le service de connexion ne prend pas en charge la façon dont cette application termine la connexion.
signIn-error-not_started_here = Cette connexion n’a pas commencé dans cet onglet, ou elle est déjà terminée.
signIn-error-no_code = La page de connexion n’a renvoyé aucun code de connexion.
signIn-error-unreachable = Le service de connexion est injoignable. Vérifiez votre connexion.
signIn-error-other = Un problème est survenu pendant la connexion.
signIn-signingIn = Connexion en cours…
signIn-again = Se reconnecter
signIn-pageTitle = Connexion - Roster
signIn-heading = Connexion

## Ends of access (web/js/ending.js)

ends-legend = Fin de l’accès
ends-onDate = À une date
ends-keep = Conserver
ends-until = Jusqu’au { $date }
ends-never = Jamais
ends-date = Date de fin
ends-pickDay = Choisissez le jour où l’accès se termine.

## Manage users
## $email is a user's address, $role a role's name, $date a day in words.

users-pageTitle = Gérer les utilisateurs - Roster
users-title = Gérer les utilisateurs
users-add = Ajouter un utilisateur
users-notEditableOwner = { $email } est propriétaire du compte : personne ne peut limiter le propriétaire.
users-notEditable = { $email } est { $status }, donc Modifier n’est pas proposé : le menu de la ligne indique ce qui l’est.

users-caption = Utilisateurs de ce compte
users-email = Adresse e-mail
users-partner = Partenaire
users-role = Rôle
users-limits = Limites
users-status = Statut
users-delivery = E-mail d’invitation
users-none = Aucune
users-actions = Actions
users-actionsFor = Actions pour { $email }
users-owner = Propriétaire du compte
users-pendingUntil = jusqu’au { $date }
users-accessUntil = Accès jusqu’au { $date }
users-more = Afficher plus d’utilisateurs

users-fields-role = Rôle
users-fields-lists = Listes
users-fields-listsHint = Limité à ces listes, l’utilisateur peut { $permissions } uniquement sur celles-ci.
users-fields-everyList = Toutes les listes
users-fields-onlyLists = Seulement ces listes
users-fields-listIds = Identifiants des listes, séparés par des virgules
users-fields-withheld = Autorisations retirées
users-fields-withheldHint = Ce que cet utilisateur ne peut pas faire, parmi ce que le rôle permet.

users-invite-email = Adresse e-mail
users-invite-emailHint = La personne se connecte avec cette adresse pour accepter.
users-invite-send = Envoyer l’invitation
users-invite-pending = Déjà invité
users-invite-pendingText = Vous avez déjà une invitation en attente pour { $email }. La renvoyer révoquera toutes les invitations précédentes.
users-invite-continue = Continuer
users-invite-bounced = Cette adresse a rejeté un e-mail
users-invite-bouncedText = Une invitation précédente à { $email } a été refusée par son serveur de messagerie. Vérifiez qu’il n’y a pas de faute de frappe. Si l’adresse est correcte, Roster peut réessayer une fois.
users-invite-sendAnyway = Envoyer quand même

users-sent-title = Invitation envoyée !
users-sent-failed = L’invitation est valable, mais l’e-mail à { $email } n’a pas pu être envoyé. Copiez le lien et envoyez-le vous-même, ou renvoyez l’invitation plus tard.
users-sent-emailed = Nous avons envoyé à { $email } une invitation en tant que { $role }, valable jusqu’au { $date }.
users-sent-ends = Son accès se termine le { $date }.
users-sent-link = Lien d’invitation
users-sent-linkHint = Affiché uniquement maintenant. Toute personne ayant le lien peut voir l’invitation ; seule l’adresse invitée peut l’accepter.
users-sent-copy = Copier l’URL
users-sent-done = Terminé
users-sent-copied = Lien copié.
users-sent-copyYourself = Appuyez sur Ctrl+C pour copier le lien sélectionné.
users-sent-told = Invitation envoyée à { $email }.

## $details are the role, the limits and the end of access, joined by commas.
users-edit-title = Modifier { $email }
users-edit-save = Enregistrer
users-edit-saved = { $email } est maintenant { $details }.
users-edit-changed = Quelqu’un d’autre a modifié { $email } pendant votre modification. Il est maintenant { $role }, { $status } : refaites votre modification si vous la souhaitez toujours.
users-edit-deleted = Quelqu’un d’autre a supprimé { $email } pendant votre modification.

users-extend-title = Prolonger l’accès de { $email }
users-extend-intro = L’accès se termine le { $date }. Le prolonger de :
users-extend-orUntil = Ou jusqu’à la fin du
users-extend-toDate = Prolonger jusqu’à cette date
users-extend-done = { $email } a maintenant accès jusqu’au { $date }.

users-reactivate-title = Réactiver { $email } ?
users-reactivate-text = L’accès de { $email } est terminé. Réactivé, il le retrouve aussitôt, tant qu’une place est libre.
users-reactivate-legend = Cette fois, l’accès se termine
users-reactivate-doneUntil = { $email } est de nouveau actif, jusqu’au { $date }.
users-reactivate-done = { $email } est de nouveau actif.

users-revoke-title = Révoquer l’invitation ?
users-revoke-text = Le lien envoyé à { $email } cesse aussitôt de fonctionner. Vous pourrez envoyer une nouvelle invitation plus tard.
users-revoke-done = L’invitation à { $email } est révoquée.
users-deactivate-title = Désactiver { $email } ?
users-deactivate-text = { $email } perd aussitôt l’accès à ce compte. Vous pourrez le réactiver plus tard tant qu’une place est libre.
users-deactivate-done = { $email } est désactivé.
users-delete-title = Supprimer { $email } ?
users-delete-text = { $email } est retiré définitivement de ce compte. C’est irréversible ; l’activité garde la trace de ce qui s’est passé.
users-delete-done = { $email } est supprimé.

## Access review
## $permission is a permission's name, lower case ("create and edit lists"),
## $list a list id, $question one of access-question*, $users addresses.

access-pageTitle = Revue des accès - Roster
access-title = Revue des accès
access-filters = Question
access-permission = Autorisation
access-everyPermission = Toutes les autorisations
access-list = Liste
access-listHint = Un identifiant de liste, pour interroger une seule liste ; laissez vide pour toutes les listes.
access-show = Afficher
access-download = Télécharger en CSV
access-user = Utilisateur
access-role = Rôle
access-status = Statut
access-edit = Modifier
access-editUser = Modifier { $email }
access-everything = Ce que chaque utilisateur peut faire
access-question = Qui peut { $permission }
access-questionOnList = Qui peut { $permission } sur la liste { $list }
access-whoCan = { $question } : { $users }.
access-nobody = { $question } : personne.
access-downloaded = La revue est téléchargée.

## Activity
## $count is a number of events, $span how long events are kept ("90 days").

activity-pageTitle = Activité - Roster
activity-title = Activité
activity-filters = Afficher uniquement
activity-about = Concernant
activity-actor = Auteur
activity-action = Action
activity-since = Depuis le
activity-until = Jusqu’au
activity-anyone = N’importe qui
activity-roster = Roster lui-même
activity-anyAction = Toute action
activity-show = Afficher
activity-clear = Effacer les filtres
activity-noMatch = Aucun événement ne correspond à ces filtres.
activity-nothingYet = Rien ne s’est encore passé.
activity-export = Exporter en CSV
activity-exporting = Export de l’activité
activity-soFar = { $count ->
    [one] { $count } événement pour l’instant
   *[other] { $count } événements pour l’instant
}
activity-exported = { $count ->
    [one] { $count } événement exporté.
   *[other] { $count } événements exportés.
}
activity-cancel = Annuler l’export
activity-cancelled = L’export a été annulé.
activity-kept = Les événements sont conservés { $span }, puis supprimés.
activity-caption = Ce qui a changé dans ce compte, du plus récent au plus ancien
activity-when = Quand
activity-who = Qui
activity-what = Quoi
activity-change = Changement
activity-system = Roster
activity-older = Afficher les événements plus anciens
activity-everything = C’est tout.

## Partner access
## $partner is a partner agency's name, $until "until" and a day (end-until),
## $date a day in words, $when a time in words, $by an address.

partner-pageTitle = Accès partenaire - Roster
partner-title = Accès partenaire
partner-enabled = Accès partenaire activé
partner-manages = { $partner } gère ce compte : ses gestionnaires des partenaires peuvent y créer leur propre utilisateur.
partner-managesUntil = { $partner } gère ce compte { $until } : ses gestionnaires des partenaires peuvent y créer leur propre utilisateur.
partner-noPartner = Aucun partenaire ne gère ce compte.
partner-endsIn = L’accès partenaire { $when }.
partner-changeEnd = Modifier la date de fin
partner-setEnd = Fixer une date de fin
partner-asked = { $partner } a demandé l’accès le { $when }.
partner-askedBy = { $partner } a demandé l’accès le { $when } ({ $by }).
partner-noRequests = Aucune demande en cours.
partner-managed = Accès géré par une agence partenaire
partner-requests = Demandes
partner-askWithId = Une agence partenaire fait sa demande avec l’identifiant de ce compte :
partner-nobodyAsked = Aucun partenaire n’a demandé l’accès. Une agence partenaire doit d’abord le demander, avec l’identifiant de ce compte.
partner-enable = Activer l’accès partenaire ?
partner-partner = Partenaire
partner-enableText = Ses gestionnaires des partenaires pourront alors créer leur propre utilisateur dans ce compte, en tant que gestionnaires du compte, chacun occupant une place.
partner-ends = Fin de l’accès partenaire
partner-whenEnds = Quand l’accès partenaire se termine-t-il ?
partner-untilText = { $partner } gère ce compte jusqu’au { $date }. Chaque utilisateur qu’il y a créé perd alors l’accès.
partner-forGoodText = { $partner } gère ce compte sans limite de durée. Avec une date de fin, chaque utilisateur qu’il y a créé perd alors l’accès.
partner-turnOff = Désactiver l’accès partenaire ?
partner-turnOffText = Chaque utilisateur créé par { $partner } dans ce compte est aussitôt désactivé.
partner-confirm = Confirmer
partner-enabledFor = L’accès partenaire est activé pour { $partner }.
partner-enabledForUntil = L’accès partenaire est activé pour { $partner }, { $until }.
partner-turnedOff = L’accès partenaire est désactivé.
partner-client-title = Gérer le compte d’un client
partner-client-intro = Demandez à un client un accès géré avec l’identifiant de son compte. Une fois que son propriétaire a activé l’accès pour { $partner }, créez votre propre utilisateur dans son compte.
partner-client-id = Identifiant du compte client
partner-client-idHint = Le client le trouve sur sa page Accès partenaire.
partner-client-request = Demander l’accès
partner-client-join = Y créer notre utilisateur
partner-client-joined = Vous avez maintenant un utilisateur dans le compte du client, en tant que gestionnaire du compte.
partner-client-open = Ouvrir vos comptes
partner-client-requested = Demande envoyée. Le propriétaire du client la voit sur sa page Accès partenaire ; elle reste ouverte 30 jours.

## Your accounts
## $account is an account's name, $role a role's name.

accounts-pageTitle = Vos comptes - Roster
accounts-title = Vos comptes
accounts-none = Vous n’êtes encore utilisateur d’aucun compte. Créez-en un ci-dessous, ou ouvrez le lien d’une invitation reçue.
accounts-users = Gérer les utilisateurs de { $account }
accounts-partner = Accès partenaire de { $account }
accounts-settings = Paramètres du compte { $account }
accounts-welcome = Bienvenue ! Vous avez rejoint { $account } en tant que { $role }.
accounts-partnerAgency = agence partenaire
accounts-canDo = Ce que vous pouvez faire ici
accounts-deactivated = Vous ne pouvez rien faire ici tant que vous êtes désactivé.
accounts-create = Créer un compte
accounts-kind = Type
accounts-kindStandard = Un compte d’e-mail marketing
accounts-kindPartner = Une agence partenaire, qui gère les comptes de ses clients
accounts-createButton = Créer le compte
