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
