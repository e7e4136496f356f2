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

## Pages
## The header, its banners, Account settings, and every code the API
## answers, as sentences (`problem-<code>`) and field by field (`field-<name>`).

header-signedInAs = Sesión iniciada como { $email }
header-signOut = Cerrar sesión
header-language = Idioma

nav-users = Gestionar usuarios
nav-partner-access = Acceso de socios
nav-access = Revisión de accesos
nav-activity = Actividad
nav-settings = Configuración de la cuenta

banner-label = Verificación en dos pasos exigida
banner-grace = { $account } exige la verificación en dos pasos a partir del { $date }. Configura una aplicación de autenticación e inicia sesión con ella antes de esa fecha: después no tendrás acceso aquí hasta que lo hagas.
banner-missing = { $account } exige la verificación en dos pasos. No tienes acceso aquí hasta que inicies sesión con tu aplicación de autenticación.
banner-signInAgain = Volver a iniciar sesión

page-skip = Saltar al contenido

common-cancel = Cancelar
common-tryAgain = Reintentar
common-signInAgain = Volver a iniciar sesión

settings-pageTitle = Configuración de la cuenta - Roster
settings-title = Configuración de la cuenta
settings-loading = Cargando la cuenta…

name-title = Nombre y plazas
name-label = Nombre de la cuenta
name-save = Cambiar el nombre
name-saved = La cuenta ahora se llama { $name }.

seats-used = { $used } de { $limit } plazas ocupadas
seats-manage = Gestionar usuarios

region-title = Idioma y zona horaria
region-locale = Idioma
region-localeHint = De los correos que Roster envía para esta cuenta, salvo que una invitación indique otro idioma.
region-zone = Zona horaria
region-zoneHint = Las horas de los correos se dan en ella.
region-save = Guardar idioma y zona horaria
region-saved = Idioma y zona horaria guardados.

mfa-title = Verificación en dos pasos
mfa-require = Exigir la verificación en dos pasos
mfa-requireHint = Todas las personas de esta cuenta, incluidos tú y los usuarios de socios, inician sesión entonces con una aplicación de autenticación.
mfa-grace = Periodo de gracia (días)
mfa-graceHint = De 0 a 30 días, contados desde que se activa, para configurar una aplicación. Mientras tanto, se avisa a quien no la tenga.
mfa-save = Guardar la verificación en dos pasos
mfa-from = Exigida: a partir del { $date }, los usuarios sin segundo factor no tienen acceso.
mfa-now = Exigida: los usuarios sin segundo factor no tienen acceso.
mfa-off = No exigida.
mfa-saved = Guardado. { $state }
mfa-needsFactor = Para activarla o desactivarla hay que iniciar sesión con tu aplicación de autenticación.
mfa-signInFirst = Primero debes iniciar sesión con tu aplicación de autenticación: esta sesión no la usó. Vuelve a iniciar sesión y escribe el código que muestra tu aplicación cuando se te pida; si aún no tienes una, configúrala al iniciar sesión.

leave-title = Salir de esta cuenta
leave-text = Al salir pierdes el acceso a { $account } de inmediato y liberas tu plaza. Para volver necesitas una nueva invitación de su propietario.
leave-button = Salir de esta cuenta
leave-question = ¿Salir de { $account }?
leave-questionText = Pierdes el acceso a { $account } de inmediato. Solo una nueva invitación de su propietario te permite volver.
leave-confirm = Salir
leave-owner = Como propietario, no puedes salir de esta cuenta: transfiere antes la propiedad.
leave-done = Has salido de { $account }.

own-title = Transferir la propiedad
own-soon = Pronto podrás entregar aquí esta cuenta a otro usuario.
own-intro = Ofrece la propiedad a un usuario activo de esta cuenta que no sea usuario de un socio. Tiene 7 días para aceptar; entonces pasa a ser el propietario y tú, Account Manager.
own-user = Nuevo propietario
own-none = Aún nadie puede asumirla: la propiedad solo puede pasar a un usuario activo que no sea usuario de un socio.
own-offer = Ofrecer la propiedad
own-question = ¿Ofrecer la propiedad a { $email }?
own-questionText = { $email } puede aceptar en un plazo de 7 días. Entonces será propietario de { $account } y tú pasarás a Account Manager sin límites. Puedes cancelar la oferta hasta que la acepte.
own-offered = Se ha ofrecido la propiedad a { $email }, que ha recibido un correo.
own-pending = La propiedad está ofrecida a { $email } hasta el { $date }.
own-cancel = Cancelar la oferta
own-cancelled = La oferta está cancelada.
own-forYou = { $owner } te ofrece la propiedad de { $account }, hasta el { $date }.
own-forYouText = Como propietario gestionarás sus usuarios y su configuración, y { $owner } pasará a Account Manager.
own-accept = Aceptar la propiedad
own-decline = Rechazar
own-accepted = Ahora eres el propietario de { $account }.
own-declined = Has rechazado la oferta.

problem-unauthenticated = No has iniciado sesión o tu sesión ha caducado. Vuelve a iniciar sesión.
problem-account_not_found = Esta cuenta no existe o no eres uno de sus usuarios.
problem-forbidden = Tu rol no lo permite. Pídeselo al propietario de la cuenta si lo necesitas.
problem-mfa_required = Esta cuenta exige la verificación en dos pasos: inicia sesión con tu aplicación de autenticación y vuelve a intentarlo.
problem-user_not_found = Ese usuario ya no está en esta cuenta.
problem-invalid_transition = El estado de ese usuario ya no lo permite. Lo que ves ahora es lo más reciente.
problem-access_ended = El acceso de este usuario ha terminado, así que ya no se puede cambiar.
problem-seat_limit_reached = Todas las plazas están ocupadas. Libera una revocando una invitación pendiente o desactivando a un usuario y vuelve a intentarlo.
problem-invitation_pending = Esta dirección ya tiene una invitación pendiente.
problem-user_exists = Esta dirección ya es usuario de esta cuenta.
problem-invitation_not_found = Este enlace de invitación ya no funciona.
problem-invitation_expired = Esta invitación ha caducado. Pide a quien te invitó que te envíe otra.
problem-email_mismatch = Esta invitación es para otra dirección. Inicia sesión con la dirección invitada.
problem-already_member = Ya eres usuario de esta cuenta.
problem-owner_cannot_leave = El propietario no puede salir de la cuenta: antes debe transferir la propiedad.
problem-cannot_offer_ownership = La propiedad solo puede pasar a un usuario activo de esta cuenta que no sea usuario de un socio.
problem-ownership_offer_pending = La propiedad ya está ofrecida a alguien. Cancela antes esa oferta.
problem-no_ownership_offer = Ya no hay ninguna oferta de propiedad.
problem-ownership_offer_lapsed = La oferta de propiedad ha caducado: el rol o el estado del usuario ha cambiado desde entonces. El propietario puede volver a ofrecerla.
problem-partner_request_missing = Ese socio no ha pedido acceso a esta cuenta.
problem-partner_access_disabled = El acceso de socios a esta cuenta no está activado para esa cuenta de socio.
problem-precondition_failed = Otra persona lo ha cambiado mientras tanto; lo que ves ahora es lo más reciente.
problem-rate_limited = Demasiadas solicitudes por ahora. Inténtalo más tarde.
problem-recipient_suppressed = Los correos a esta dirección rebotaron o se marcaron como spam, así que no admite invitaciones.
problem-email_unverified = La dirección de correo de tu sesión no está verificada.
problem-unsupported_media_type = La página envió una solicitud que Roster no pudo leer. Recarga la página y vuelve a intentarlo.
problem-invalid_json = La página envió una solicitud que Roster no pudo leer. Recarga la página y vuelve a intentarlo.
problem-payload_too_large = Es más de lo que Roster acepta de una vez. Envía menos y vuelve a intentarlo.
problem-invalid_field = Algunos valores no se aceptan: mira los campos marcados.
problem-invalid_email = Esa dirección de correo no es válida.
problem-invalid_role = Ese rol no existe.
problem-invalid_permission = Ese permiso no existe o el rol no lo concede.
problem-invalid_cursor = La página envió una solicitud que Roster no pudo leer. Recarga la página y vuelve a intentarlo.
problem-invalid_query = La página envió una solicitud que Roster no pudo leer. Recarga la página y vuelve a intentarlo.
problem-busy = Roster está ocupado con otros cambios en esta cuenta. Vuelve a intentarlo en un momento.
problem-unavailable = Roster no está disponible por un momento. Vuelve a intentarlo enseguida.
problem-internal_error = Algo ha fallado en Roster; ha quedado registrado. Inténtalo más tarde.
# What to do next, after problem-access_ended, on Manage users.
next-access_ended = Reactívalo desde el menú de su fila, con una nueva fecha de fin o sin ella, para devolverle el acceso.
problem-unreachable = No se pudo contactar con Roster. Comprueba tu conexión y vuelve a intentarlo.
problem-unknown = Roster lo ha rechazado (código { $code }).

field-name-length = El nombre debe tener de 1 a 100 caracteres.
field-name-characters = El nombre no debe contener caracteres de control o invisibles (como marcas bidireccionales o espacios de ancho cero).
field-name-address = El nombre no debe contener una dirección web ni de correo: aparece en los correos.
field-email = Introduce un correo electrónico válido.
field-locale = Elige uno de los idiomas ofrecidos.
field-time_zone = Elige una zona horaria de la lista.
field-mfa_grace_days = El periodo de gracia debe ser un número entero de días de 0 a 30.
field-user_id = Elige un usuario de la lista.
field-other = Este valor no se acepta.

## The invitation page

invitation-pageTitle = Tu invitación - Roster
invitation-opening = Abriendo tu invitación…
invitation-join = Únete a { $account }
invitation-lead = { $inviter } te invita a unirte a { $account } como { $role }.
invitation-theOwner = El propietario de la cuenta
invitation-for = La invitación es para { $email } y es válida hasta el { $date }.
invitation-signInToAccept = Inicia sesión como { $email } para aceptarla
invitation-newHere = ¿Nuevo en Roster? La página de inicio de sesión te permite registrarte con esta dirección.
invitation-signedInAs = Has iniciado sesión como { $email }.
invitation-accept = Aceptar la invitación
invitation-someoneElse = Iniciar sesión como otra persona
invitation-expired = Esta invitación ha caducado
invitation-endedOn = La invitación a unirte a { $account } como { $role } terminó el { $date }.
invitation-ended = La invitación ha terminado.
invitation-askResend = Pide a { $inviter } que te la reenvíe: recibirás un enlace nuevo por correo.
invitation-theInviter = la persona que te invitó
invitation-yourAccounts = Ir a tus cuentas
invitation-notFound = Este enlace de invitación ya no funciona
invitation-notFoundWhy = Ya se usó, se revocó o se sustituyó por una invitación más reciente.
invitation-notFoundNext = Si ya la aceptaste, tu cuenta te está esperando. Si no, pide a quien te invitó que te envíe una nueva invitación.
invitation-otherAddress = Esta invitación es para otra dirección
invitation-signedInOther = Has iniciado sesión como { $email }, pero la invitación es para { $invited }.
invitation-unverified = Has iniciado sesión como { $email }, que no está verificada, pero la invitación es para { $invited }.
invitation-anotherAddress = otra dirección
invitation-theInvited = la dirección invitada
invitation-signInFirst = Inicia sesión como { $email } para aceptarla; la invitación sigue siendo válida hasta entonces.
invitation-signInAs = Iniciar sesión como { $email }
invitation-already = Ya eres usuario de { $account }
invitation-thisAccount = esta cuenta
invitation-nothingMore = No hay nada más que hacer: esta invitación ya no hace falta.
invitation-wrong = Algo salió mal

## The API's codes in words (web/js/words.js)

status-pending = Pendiente
status-active = Activo
status-deactivated = Desactivado
status-expired = Caducado
status-revoked = Revocado

deactivatedBy-owner = Desactivado por el propietario
deactivatedBy-partner_access_off = Acceso de socios desactivado
deactivatedBy-access_ended = Acceso finalizado

delivery-sent = Enviado
delivery-delayed = Retrasado
delivery-delivered = Entregado
delivery-bounced = Rebotado
delivery-complained = Marcado como spam
delivery-rejected = Rechazado
delivery-failed = No enviado

action-resend = Reenviar invitación
action-revoke = Revocar invitación
action-change_role = Editar
action-extend = Ampliar
action-deactivate = Desactivar
action-reactivate = Reactivar
action-delete = Eliminar

permission-campaigns_edit = Crear y editar campañas
permission-campaigns_schedule = Programar y publicar campañas
permission-lists_edit = Crear y editar listas
permission-contacts_view = Ver contactos
permission-contacts_export = Exportar contactos
permission-library_use = Usar la biblioteca
permission-reports_view = Ver informes
permission-partner_tools = Herramientas de socios
permission-users_manage = Gestionar usuarios
permission-billing_manage = Facturación y compras
permission-account_edit = Perfil de la empresa y acceso de socios
permission-api_access = Claves de API
permission-community_access = Comunidad
# Whether the language writes a permission's name in lower case inside a sentence: yes or no.
permission-lowerInSentence = yes

## $list is a list id, $permissions names of permissions, lower case.
limits-list = Lista { $list }
limits-lists = { $count ->
    [one] { $count } lista
   *[other] { $count } listas
}
limits-without = sin { $permissions }

audit-account-created = Cuenta creada
audit-account-renamed = Cuenta renombrada
audit-account-settings_changed = Configuración de la cuenta cambiada
audit-account-mfa_required = Verificación en dos pasos exigida
audit-account-mfa_not_required = Verificación en dos pasos ya no exigida
audit-account-ownership_offered = Propiedad ofrecida
audit-account-ownership_offer_withdrawn = Oferta de propiedad retirada
audit-account-ownership_transferred = Propiedad transferida
audit-invitation-created = Invitado
audit-invitation-replaced = Invitación reenviada, enlaces anteriores revocados
audit-invitation-resent = Invitación reenviada
audit-invitation-revoked = Invitación revocada
audit-invitation-expired = Invitación caducada
audit-invitation-bounced = Correo de invitación rebotado
audit-invitation-complained = Correo de invitación marcado como spam
audit-invitation-accepted = Invitación aceptada
audit-invitation-reminded = Recordatorio de la invitación enviado al invitado
audit-user-role_changed = Rol cambiado
audit-user-limits_changed = Listas o permisos cambiados
audit-user-deactivated = Desactivado
audit-user-reactivated = Reactivado
audit-user-deleted = Eliminado
audit-user-left = Salió de la cuenta
audit-user-access_ending = Aviso al propietario de que el acceso termina pronto
audit-user-access_ended = Acceso finalizado
audit-partner_access-requested = Un socio pidió acceso
audit-partner_access-enabled = Acceso de socios activado
audit-partner_access-disabled = Acceso de socios desactivado
audit-partner_access-ending = Aviso al propietario de que el acceso de socios termina pronto
audit-partner_access-ended = Acceso de socios finalizado
audit-partner_user-created = Usuario de socio creado

## $date is a day in words ("Fri, Dec 12"), $when a time from now ("in 2 days").
end-week = Una semana
end-month = Un mes
end-three_months = Tres meses
end-until = hasta el { $date }
end-endsIn = termina { $when }

lastActive-never = nunca
lastActive-heading = Última actividad

lacks-not_a_member = aún no es miembro
lacks-deactivated = desactivado
lacks-access_ended = acceso finalizado
lacks-mfa_required = necesita verificación en dos pasos
lacks-not_in_role = no está en el rol
lacks-withheld = retirado
lacks-list_not_in_scope = no está en sus listas

## $lists are list ids, $why a reason above or held-onLists.
held-yes = sí
held-yesOn = sí, { $lists }
held-onLists = solo las listas { $lists }
held-no = no: { $why }

## Why a sign-in did not complete ($why is one of signIn-error-*).
signIn-failed = No se completó el inicio de sesión. { $why }
signIn-error-invalid_request = La solicitud a la página de inicio de sesión estaba incompleta o no era válida.
signIn-error-unauthorized_client = Esta aplicación no puede iniciar tu sesión de esta manera.
signIn-error-access_denied = El inicio de sesión se canceló o se rechazó.
signIn-error-unsupported_response_type = La página de inicio de sesión no admite la forma en que esta aplicación pidió iniciar tu sesión.
signIn-error-invalid_scope = Esta aplicación pidió un acceso que la página de inicio de sesión no concede.
signIn-error-server_error = El servicio de inicio de sesión tuvo un problema por su parte.
signIn-error-temporarily_unavailable = El servicio de inicio de sesión está ocupado o no disponible por un momento. Inténtalo de nuevo en un minuto.
signIn-error-invalid_grant = El inicio de sesión caducó, ya se usó o no empezó en esta pestaña.
signIn-error-invalid_client = El servicio de inicio de sesión no conoce esta aplicación.
signIn-error-unsupported_grant_type = El servicio de inicio de sesión no admite la forma en que esta aplicación termina el inicio de sesión.
signIn-error-not_started_here = Este inicio de sesión no empezó en esta pestaña, o ya se completó.
signIn-error-no_code = La página de inicio de sesión no devolvió ningún código.
signIn-error-unreachable = No se pudo contactar con el servicio de inicio de sesión. Comprueba tu conexión.
signIn-error-other = Algo salió mal al iniciar sesión.
signIn-signingIn = Iniciando sesión…
signIn-again = Volver a iniciar sesión
signIn-pageTitle = Inicio de sesión - Roster
signIn-heading = Inicio de sesión

## Ends of access (web/js/ending.js)

ends-legend = El acceso termina
ends-onDate = En una fecha
ends-keep = Mantener
ends-until = Hasta el { $date }
ends-never = Nunca
ends-date = Fecha de fin
ends-pickDay = Elige el día en que termina el acceso.

## Manage users
## $email is a user's address, $role a role's name, $date a day in words.

users-pageTitle = Gestionar usuarios - Roster
users-title = Gestionar usuarios
users-add = Añadir usuario
users-notEditableOwner = { $email } es el propietario de la cuenta: nadie puede limitar al propietario.
users-notEditable = { $email } está { $status }, así que no se ofrece Editar: el menú de la fila muestra lo que sí se ofrece.

users-caption = Usuarios de esta cuenta
users-email = Correo electrónico
users-partner = Socio
users-role = Rol
users-limits = Límites
users-status = Estado
users-delivery = Correo de invitación
users-none = Ninguno
users-actions = Acciones
users-actionsFor = Acciones para { $email }
users-owner = Propietario de la cuenta
users-pendingUntil = hasta el { $date }
users-accessUntil = Acceso hasta el { $date }
users-more = Mostrar más usuarios

users-fields-role = Rol
users-fields-lists = Listas
users-fields-listsHint = Limitado a estas listas, el usuario solo puede { $permissions } en ellas.
users-fields-everyList = Todas las listas
users-fields-onlyLists = Solo estas listas
users-fields-listIds = Identificadores de lista, separados por comas
users-fields-withheld = Permisos retirados
users-fields-withheldHint = Lo que este usuario no puede hacer, de lo que el rol permite.

users-invite-email = Correo electrónico
users-invite-emailHint = Inicia sesión con esta dirección para aceptar.
users-invite-send = Enviar invitación
users-invite-pending = Ya invitado
users-invite-pendingText = Ya tienes una invitación pendiente para { $email }. Si la envías de nuevo, se revocarán todas las invitaciones anteriores.
users-invite-continue = Continuar
users-invite-bounced = Esta dirección rebotó
users-invite-bouncedText = El servidor de correo de { $email } rechazó una invitación anterior. Comprueba que la dirección no tenga errores. Si es correcta, Roster puede intentarlo una vez más.
users-invite-sendAnyway = Enviar de todos modos

users-sent-title = ¡Invitación enviada!
users-sent-failed = La invitación es válida, pero no se pudo enviar el correo a { $email }. Copia el enlace y envíalo tú, o reenvía la invitación más tarde.
users-sent-emailed = Enviamos a { $email } una invitación como { $role }, válida hasta el { $date }.
users-sent-ends = Su acceso termina el { $date }.
users-sent-link = Enlace de invitación
users-sent-linkHint = Solo se muestra ahora. Cualquiera con el enlace puede ver la invitación; solo la dirección invitada puede aceptarla.
users-sent-copy = Copiar URL
users-sent-done = Listo
users-sent-copied = Enlace copiado.
users-sent-copyYourself = Pulsa Ctrl+C para copiar el enlace seleccionado.
users-sent-told = Invitación enviada a { $email }.

## $details are the role, the limits and the end of access, joined by commas.
users-edit-title = Editar { $email }
users-edit-save = Guardar
users-edit-saved = { $email } ahora es { $details }.
users-edit-changed = Otra persona cambió { $email } mientras editabas. Ahora es { $role }, { $status }: vuelve a hacer tu cambio si aún lo quieres.
users-edit-deleted = Otra persona eliminó { $email } mientras editabas.

users-extend-title = Ampliar el acceso de { $email }
users-extend-intro = El acceso termina el { $date }. Ampliarlo:
users-extend-orUntil = O hasta el final del
users-extend-toDate = Ampliar hasta esta fecha
users-extend-done = { $email } tiene ahora acceso hasta el { $date }.

users-reactivate-title = ¿Reactivar a { $email }?
users-reactivate-text = El acceso de { $email } terminó. Al reactivarlo, lo recupera al instante, mientras haya una plaza libre.
users-reactivate-legend = Esta vez el acceso termina
users-reactivate-doneUntil = { $email } vuelve a estar activo, hasta el { $date }.
users-reactivate-done = { $email } vuelve a estar activo.

users-revoke-title = ¿Revocar la invitación?
users-revoke-text = El enlace enviado a { $email } deja de funcionar al instante. Puedes enviar una nueva invitación más tarde.
users-revoke-done = La invitación a { $email } está revocada.
users-deactivate-title = ¿Desactivar a { $email }?
users-deactivate-text = { $email } pierde el acceso a esta cuenta al instante. Puedes reactivarlo más tarde mientras haya una plaza libre.
users-deactivate-done = { $email } está desactivado.
users-delete-title = ¿Eliminar a { $email }?
users-delete-text = { $email } se elimina de esta cuenta para siempre. No se puede deshacer; la actividad conserva lo que pasó.
users-delete-done = { $email } está eliminado.

## Access review
## $permission is a permission's name, lower case ("create and edit lists"),
## $list a list id, $question one of access-question*, $users addresses.

access-pageTitle = Revisión de accesos - Roster
access-title = Revisión de accesos
access-filters = Consultar
access-permission = Permiso
access-everyPermission = Todos los permisos
access-list = Lista
access-listHint = Un identificador de lista, para consultar una sola lista; déjalo vacío para todas las listas.
access-show = Mostrar
access-download = Descargar como CSV
access-user = Usuario
access-role = Rol
access-status = Estado
access-edit = Editar
access-editUser = Editar { $email }
access-everything = Qué puede hacer cada usuario
access-question = Quién puede { $permission }
access-questionOnList = Quién puede { $permission } en la lista { $list }
access-whoCan = { $question }: { $users }.
access-nobody = { $question }: nadie.
access-downloaded = La revisión se ha descargado.

## Activity
## $count is a number of events, $span how long events are kept ("90 days").

activity-pageTitle = Actividad - Roster
activity-title = Actividad
activity-filters = Mostrar solo
activity-about = Sobre
activity-actor = Quién actuó
activity-action = Acción
activity-since = Desde
activity-until = Hasta
activity-anyone = Cualquiera
activity-roster = El propio Roster
activity-anyAction = Cualquier acción
activity-show = Mostrar
activity-clear = Borrar filtros
activity-noMatch = Ningún evento coincide con estos filtros.
activity-nothingYet = Todavía no ha pasado nada.
activity-export = Exportar CSV
activity-exporting = Exportando la actividad
activity-soFar = { $count ->
    [one] { $count } evento hasta ahora
   *[other] { $count } eventos hasta ahora
}
activity-exported = { $count ->
    [one] { $count } evento exportado.
   *[other] { $count } eventos exportados.
}
activity-cancel = Cancelar la exportación
activity-cancelled = Se canceló la exportación.
activity-kept = Los eventos se conservan { $span } y luego se eliminan.
activity-caption = Qué cambió en esta cuenta, lo más reciente primero
activity-when = Cuándo
activity-who = Quién
activity-what = Qué
activity-change = Cambio
activity-system = Roster
activity-older = Mostrar eventos anteriores
activity-everything = Eso es todo.

## Partner access
## $partner is a partner agency's name, $until "until" and a day (end-until),
## $date a day in words, $when a time in words, $by an address.

partner-pageTitle = Acceso de socios - Roster
partner-title = Acceso de socios
partner-enabled = Acceso de socios activado
partner-manages = { $partner } gestiona esta cuenta: sus gestores de socios pueden crear aquí su propio usuario.
partner-managesUntil = { $partner } gestiona esta cuenta { $until }: sus gestores de socios pueden crear aquí su propio usuario.
partner-noPartner = Ningún socio gestiona esta cuenta.
partner-endsIn = El acceso de socios { $when }.
partner-changeEnd = Cambiar la fecha de fin
partner-setEnd = Fijar una fecha de fin
partner-asked = { $partner } lo pidió el { $when }.
partner-askedBy = { $partner } lo pidió el { $when } ({ $by }).
partner-noRequests = No hay solicitudes abiertas.
partner-managed = Acceso gestionado por una agencia asociada
partner-requests = Solicitudes
partner-askWithId = Una agencia asociada lo pide con el identificador de esta cuenta:
partner-nobodyAsked = Ningún socio ha pedido acceso. Primero lo pide una agencia asociada, con el identificador de esta cuenta.
partner-enable = ¿Activar el acceso de socios?
partner-partner = Socio
partner-enableText = Sus gestores de socios podrán entonces crear su propio usuario en esta cuenta, como gestores de la cuenta, y cada uno ocupará una plaza.
partner-ends = El acceso de socios termina
partner-whenEnds = ¿Cuándo termina el acceso de socios?
partner-untilText = { $partner } gestiona esta cuenta hasta el { $date }. Entonces cada usuario que creó aquí pierde el acceso.
partner-forGoodText = { $partner } gestiona esta cuenta sin fecha de fin. Con una fecha de fin, cada usuario que creó aquí pierde entonces el acceso.
partner-turnOff = ¿Desactivar el acceso de socios?
partner-turnOffText = Cada usuario que { $partner } creó en esta cuenta se desactiva al instante.
partner-confirm = Confirmar
partner-enabledFor = El acceso de socios está activado para { $partner }.
partner-enabledForUntil = El acceso de socios está activado para { $partner }, { $until }.
partner-turnedOff = El acceso de socios está desactivado.
partner-client-title = Gestionar la cuenta de un cliente
partner-client-intro = Pide a un cliente acceso gestionado con el identificador de su cuenta. Cuando su propietario active el acceso para { $partner }, crea tu propio usuario en su cuenta.
partner-client-id = Identificador de la cuenta del cliente
partner-client-idHint = El cliente lo encuentra en su página Acceso de socios.
partner-client-request = Pedir acceso
partner-client-join = Crear allí nuestro usuario
partner-client-joined = Ya tienes un usuario en la cuenta del cliente, como gestor de la cuenta.
partner-client-open = Abrir tus cuentas
partner-client-requested = Solicitud enviada. El propietario del cliente la ve en su página Acceso de socios; sigue abierta 30 días.

## Your accounts
## $account is an account's name, $role a role's name.

accounts-pageTitle = Tus cuentas - Roster
accounts-title = Tus cuentas
accounts-none = Todavía no eres usuario de ninguna cuenta. Crea una abajo, o abre el enlace de una invitación que hayas recibido.
accounts-users = Gestionar usuarios de { $account }
accounts-partner = Acceso de socios de { $account }
accounts-settings = Configuración de la cuenta { $account }
accounts-welcome = ¡Bienvenido! Te uniste a { $account } como { $role }.
accounts-partnerAgency = agencia asociada
accounts-canDo = Qué puedes hacer aquí
accounts-deactivated = No puedes hacer nada aquí mientras estés desactivado.
accounts-create = Crear una cuenta
accounts-kind = Tipo
accounts-kindStandard = Una cuenta de email marketing
accounts-kindPartner = Una agencia asociada, que gestiona cuentas de clientes
accounts-createButton = Crear cuenta
