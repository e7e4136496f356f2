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
problem-unreachable = No se pudo contactar con Roster. Comprueba tu conexión y vuelve a intentarlo.
problem-unknown = Roster lo ha rechazado (código { $code }).

field-name-length = El nombre debe tener de 1 a 100 caracteres.
field-name-characters = El nombre no debe contener caracteres de control o invisibles (como marcas bidireccionales o espacios de ancho cero).
field-name-address = El nombre no debe contener una dirección web ni de correo: aparece en los correos.
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
