# Español. Los mismos mensajes, con los mismos marcadores, que en.ftl.

## Roles

role-owner = Propietario
role-owner-description = Todo, incluidos los usuarios, la facturación y la configuración de la cuenta.
role-account_manager = Gestor de la cuenta
role-account_manager-description = Todo salvo los usuarios, la facturación, la configuración de la cuenta, las claves de API y las herramientas de socios.
role-campaign_creator = Creador de campañas
role-campaign_creator-description = Crea y edita campañas, usa la biblioteca y consulta los informes.
role-partner_manager = Gestor de socios
role-partner_manager-description = Solo las herramientas de socios.

## Emails

email-from = { $inviter } vía { $account }
email-from-roster = { $account } en Roster
email-footer = Enviado por Roster en nombre de { $account }.
email-link-as-text = Si el botón no funciona, copia este enlace en tu navegador:

email-invitation-subject = { $inviter } te ha invitado a { $account } en Roster
email-reminder-subject = Recordatorio: { $inviter } te ha invitado a { $account } en Roster
email-invitation-preview = Únete a { $account } como { $role }.
email-invitation-heading = Únete a { $account }
email-invitation-intro = { $inviter } te ha invitado a unirte a { $account } en Roster como { $role }.
email-invitation-role = { $role }: { $description }
email-invitation-button = Aceptar la invitación
email-invitation-how = Inicia sesión (o regístrate) con { $email } para aceptarla. El enlace funciona una sola vez, hasta el { $when }.
email-invitation-unexpected = ¿No la esperabas? Puedes ignorar este correo: no pasa nada si no la aceptas. Si tienes dudas, responde: tu respuesta le llega a { $inviter }.

email-ending-subject = El acceso a { $account } termina pronto: { $whose }
email-ending-preview = Amplíalo antes del { $when } para conservarlo.
email-ending-heading = El acceso termina pronto
email-ending-user = El usuario { $whose } puede usar { $account } hasta el { $when }; después, su acceso termina.
email-ending-partner = La agencia socia { $whose } puede usar { $account } hasta el { $when }; después, su acceso termina.
email-ending-button = Ampliar el acceso
email-ending-unexpected = Recibes este correo como propietario de { $account }. Si el acceso debe terminar, no tienes que hacer nada.

email-ownership-subject = { $owner } te ofrece la propiedad de { $account }
email-ownership-preview = Acéptala o recházala antes del { $when }.
email-ownership-heading = Conviértete en propietario de { $account }
email-ownership-intro = { $owner } te ofrece traspasarte { $account }: serías su propietario, y { $owner } pasaría a ser Gestor de la cuenta.
email-ownership-button = Aceptar o rechazar
email-ownership-until = La oferta es válida hasta el { $when }. Inicia sesión con esta dirección para responder.
email-ownership-unexpected = ¿No la esperabas? Recházala o ignora este correo: nada cambia si no la aceptas. Si tienes dudas, responde: tu respuesta le llega a { $owner }.
