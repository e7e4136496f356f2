# Português (Brasil). As mesmas mensagens, com os mesmos marcadores, de en.ftl.

## Roles

role-owner = Proprietário
role-owner-description = Tudo, inclusive usuários, cobrança e configurações da conta.
role-account_manager = Gerente da conta
role-account_manager-description = Tudo, exceto usuários, cobrança, configurações da conta, chaves de API e ferramentas de parceiros.
role-campaign_creator = Criador de campanhas
role-campaign_creator-description = Cria e edita campanhas, usa a biblioteca e vê os relatórios.
role-partner_manager = Gerente de parceiros
role-partner_manager-description = Somente as ferramentas de parceiros.

## Emails

email-from = { $inviter } via { $account }
email-from-roster = { $account } no Roster
email-footer = Enviado pelo Roster em nome de { $account }.
email-link-as-text = Se o botão não funcionar, copie este link no seu navegador:

email-invitation-subject = { $inviter } convidou você para { $account } no Roster
email-reminder-subject = Lembrete: { $inviter } convidou você para { $account } no Roster
email-invitation-preview = Entre em { $account } como { $role }.
email-invitation-heading = Entre em { $account }
email-invitation-intro = { $inviter } convidou você para entrar em { $account } no Roster como { $role }.
email-invitation-role = { $role }: { $description }
email-invitation-button = Aceitar o convite
email-invitation-how = Entre (ou cadastre-se) com { $email } para aceitar. O link funciona uma vez, até { $when }.
email-invitation-unexpected = Não esperava por isto? Você pode ignorar este e-mail: nada acontece se você não aceitar. Em caso de dúvida, responda: sua resposta chega a { $inviter }.

email-ending-subject = O acesso a { $account } termina em breve: { $whose }
email-ending-preview = Prorrogue antes de { $when } para mantê-lo.
email-ending-heading = O acesso termina em breve
email-ending-user = O usuário { $whose } pode usar { $account } até { $when }; depois, o acesso termina.
email-ending-partner = A agência parceira { $whose } pode usar { $account } até { $when }; depois, o acesso termina.
email-ending-button = Prorrogar o acesso
email-ending-unexpected = Você recebe este e-mail como proprietário de { $account }. Se o acesso deve terminar, não é preciso fazer nada.

email-ownership-subject = { $owner } oferece a você a propriedade de { $account }
email-ownership-preview = Aceite ou recuse até { $when }.
email-ownership-heading = Torne-se proprietário de { $account }
email-ownership-intro = { $owner } oferece passar { $account } para você: você se tornaria o proprietário, e { $owner } Gerente da conta.
email-ownership-button = Aceitar ou recusar
email-ownership-until = A oferta vale até { $when }. Entre com este endereço para responder.
email-ownership-unexpected = Não esperava por isto? Recuse, ou ignore este e-mail: nada muda se você não aceitar. Em caso de dúvida, responda: sua resposta chega a { $owner }.

## Pages
## The header, its banners, Account settings, and every code the API
## answers, as sentences (`problem-<code>`) and field by field (`field-<name>`).

header-signedInAs = Conectado como { $email }
header-signOut = Sair
header-language = Idioma

nav-users = Gerenciar usuários
nav-partner-access = Acesso de parceiros
nav-access = Revisão de acessos
nav-activity = Atividade
nav-settings = Configurações da conta

banner-label = Verificação em duas etapas exigida
banner-grace = { $account } exige a verificação em duas etapas a partir de { $date }. Configure um aplicativo autenticador e entre com ele antes dessa data: depois dela você fica sem acesso aqui até fazer isso.
banner-missing = { $account } exige a verificação em duas etapas. Você fica sem acesso aqui até entrar com o seu aplicativo autenticador.
banner-signInAgain = Entrar de novo

page-skip = Pular para o conteúdo

common-cancel = Cancelar
common-tryAgain = Tentar de novo
common-signInAgain = Entrar de novo

settings-pageTitle = Configurações da conta - Roster
settings-title = Configurações da conta
settings-loading = Carregando a conta…

name-title = Nome e vagas
name-label = Nome da conta
name-save = Renomear
name-saved = A conta agora se chama { $name }.

seats-used = { $used } de { $limit } vagas ocupadas
seats-manage = Gerenciar usuários

region-title = Idioma e fuso horário
region-locale = Idioma
region-localeHint = Dos e-mails que o Roster envia para esta conta, a menos que um convite indique outro idioma.
region-zone = Fuso horário
region-zoneHint = Os horários nos e-mails são dados nele.
region-save = Salvar idioma e fuso horário
region-saved = Idioma e fuso horário salvos.

mfa-title = Verificação em duas etapas
mfa-require = Exigir a verificação em duas etapas
mfa-requireHint = Todos nesta conta, inclusive você e os usuários de parceiros, passam a entrar com um aplicativo autenticador.
mfa-grace = Período de carência (dias)
mfa-graceHint = De 0 a 30 dias, contados a partir de quando é ativada, para configurar um aplicativo. Enquanto isso, quem não tiver um é avisado.
mfa-save = Salvar a verificação em duas etapas
mfa-from = Exigida: a partir de { $date }, usuários sem segundo fator ficam sem acesso.
mfa-now = Exigida: usuários sem segundo fator ficam sem acesso.
mfa-off = Não exigida.
mfa-saved = Salvo. { $state }
mfa-needsFactor = Para ativar ou desativar, é preciso entrar com o seu aplicativo autenticador.
mfa-signInFirst = Primeiro você precisa entrar com o seu aplicativo autenticador: este acesso não usou um. Entre de novo e digite o código que o aplicativo mostra quando for pedido; se ainda não tiver um, configure-o ao entrar.

leave-title = Sair desta conta
leave-text = Ao sair, você perde o acesso a { $account } na hora e libera a sua vaga. Para voltar, é preciso um novo convite do proprietário.
leave-button = Sair desta conta
leave-question = Sair de { $account }?
leave-questionText = Você perde o acesso a { $account } na hora. Só um novo convite do proprietário traz você de volta.
leave-confirm = Sair
leave-owner = Como proprietário, você não pode sair desta conta: transfira a propriedade antes.
leave-done = Você saiu de { $account }.

own-title = Transferir a propriedade
own-soon = Em breve será possível passar esta conta a outro usuário aqui.
own-intro = Ofereça a propriedade a um usuário ativo desta conta que não seja usuário de um parceiro. Ele tem 7 dias para aceitar; então passa a ser o proprietário e você, Account Manager.
own-user = Novo proprietário
own-none = Ninguém pode assumi-la ainda: a propriedade só vai para um usuário ativo que não seja usuário de um parceiro.
own-offer = Oferecer a propriedade
own-question = Oferecer a propriedade a { $email }?
own-questionText = { $email } pode aceitar em até 7 dias. Então passa a ser proprietário de { $account }, e você vira Account Manager sem limites. Você pode cancelar a oferta até que ela seja aceita.
own-offered = A propriedade foi oferecida a { $email }, que recebeu um e-mail.
own-pending = A propriedade está oferecida a { $email } até { $date }.
own-cancel = Cancelar a oferta
own-cancelled = A oferta foi cancelada.
own-forYou = { $owner } oferece a você a propriedade de { $account }, até { $date }.
own-forYouText = Como proprietário, você gerencia os usuários e as configurações, e { $owner } passa a ser Account Manager.
own-accept = Aceitar a propriedade
own-decline = Recusar
own-accepted = Agora você é o proprietário de { $account }.
own-declined = Você recusou a oferta.

problem-unauthenticated = Você não entrou, ou o seu acesso expirou. Entre de novo.
problem-account_not_found = Esta conta não existe, ou você não é um dos usuários dela.
problem-forbidden = O seu papel não permite isso. Peça ao proprietário da conta se precisar.
problem-mfa_required = Esta conta exige a verificação em duas etapas: entre com o seu aplicativo autenticador e tente de novo.
problem-user_not_found = Esse usuário não está mais nesta conta.
problem-invalid_transition = O status desse usuário não permite mais isso. O que você vê agora é o mais recente.
problem-access_ended = O acesso deste usuário terminou, então ele não pode mais ser alterado.
problem-seat_limit_reached = Todas as vagas estão ocupadas. Libere uma revogando um convite pendente ou desativando um usuário e tente de novo.
problem-invitation_pending = Este endereço já tem um convite pendente.
problem-user_exists = Este endereço já é usuário desta conta.
problem-invitation_not_found = Este link de convite não funciona mais.
problem-invitation_expired = Este convite expirou. Peça a quem convidou você que envie um novo.
problem-email_mismatch = Este convite é para outro endereço. Entre com o endereço convidado.
problem-already_member = Você já é usuário desta conta.
problem-owner_cannot_leave = O proprietário não pode sair da conta: é preciso transferir a propriedade antes.
problem-cannot_offer_ownership = A propriedade só pode ir para um usuário ativo desta conta que não seja usuário de um parceiro.
problem-ownership_offer_pending = A propriedade já está oferecida a alguém. Cancele essa oferta antes.
problem-no_ownership_offer = Não há mais oferta de propriedade.
problem-ownership_offer_lapsed = A oferta de propriedade caducou: o papel ou o status do usuário mudou desde então. O proprietário pode oferecê-la de novo.
problem-partner_request_missing = Esse parceiro não pediu acesso a esta conta.
problem-partner_access_disabled = O acesso de parceiros a esta conta não está ativado para essa conta de parceiro.
problem-precondition_failed = Outra pessoa alterou isso nesse meio-tempo; o que você vê agora é o mais recente.
problem-rate_limited = Pedidos demais por enquanto. Tente de novo mais tarde.
problem-recipient_suppressed = Os e-mails para este endereço voltaram ou foram marcados como spam, então ele não recebe convites.
problem-email_unverified = O endereço de e-mail do seu acesso não está verificado.
problem-unsupported_media_type = A página enviou um pedido que o Roster não conseguiu ler. Recarregue a página e tente de novo.
problem-invalid_json = A página enviou um pedido que o Roster não conseguiu ler. Recarregue a página e tente de novo.
problem-payload_too_large = É mais do que o Roster aceita de uma vez. Envie menos e tente de novo.
problem-invalid_field = Alguns valores não são aceitos: veja os campos marcados.
problem-invalid_email = Esse endereço de e-mail não é válido.
problem-invalid_role = Esse papel não existe.
problem-invalid_permission = Essa permissão não existe, ou o papel não a concede.
problem-invalid_cursor = A página enviou um pedido que o Roster não conseguiu ler. Recarregue a página e tente de novo.
problem-invalid_query = A página enviou um pedido que o Roster não conseguiu ler. Recarregue a página e tente de novo.
problem-busy = O Roster está ocupado com outras alterações nesta conta. Tente de novo em instantes.
problem-unavailable = O Roster está indisponível por um momento. Tente de novo em instantes.
problem-internal_error = Algo deu errado no Roster; isso foi registrado. Tente de novo mais tarde.
# What to do next, after problem-access_ended, on Manage users.
next-access_ended = Reative pelo menu da linha, com uma nova data de término ou sem, para devolver o acesso.
problem-unreachable = Não foi possível acessar o Roster. Verifique a sua conexão e tente de novo.
problem-unknown = O Roster recusou (código { $code }).

field-name-length = O nome deve ter de 1 a 100 caracteres.
field-name-characters = O nome não pode conter caracteres de controle ou invisíveis (como marcas bidirecionais ou espaços de largura zero).
field-name-address = O nome não pode conter um endereço da web ou de e-mail: ele aparece nos e-mails.
field-email = Digite um endereço de e-mail válido.
field-locale = Escolha um dos idiomas oferecidos.
field-time_zone = Escolha um fuso horário da lista.
field-mfa_grace_days = O período de carência deve ser um número inteiro de dias de 0 a 30.
field-user_id = Escolha um usuário da lista.
field-other = Este valor não é aceito.

## The invitation page

invitation-pageTitle = Seu convite - Roster
invitation-opening = Abrindo seu convite…
invitation-join = Entre em { $account }
invitation-lead = { $inviter } convida você para entrar em { $account } como { $role }.
invitation-theOwner = O proprietário da conta
invitation-for = O convite é para { $email } e vale até { $date }.
invitation-signInToAccept = Entre como { $email } para aceitar
invitation-newHere = Novo no Roster? A página de login permite que você se cadastre com este endereço.
invitation-signedInAs = Você entrou como { $email }.
invitation-accept = Aceitar o convite
invitation-someoneElse = Entrar com outra conta
invitation-expired = Este convite expirou
invitation-endedOn = O convite para entrar em { $account } como { $role } terminou em { $date }.
invitation-ended = O convite terminou.
invitation-askResend = Peça a { $inviter } que o reenvie: você receberá um novo link por e-mail.
invitation-theInviter = a pessoa que convidou você
invitation-yourAccounts = Ir para suas contas
invitation-notFound = Este link de convite não funciona mais
invitation-notFoundWhy = Ele já foi usado, revogado ou substituído por um convite mais recente.
invitation-notFoundNext = Se você já aceitou, sua conta está esperando por você. Se não, peça à pessoa que convidou você um novo convite.
invitation-otherAddress = Este convite é para outro endereço
invitation-signedInOther = Você entrou como { $email }, mas o convite é para { $invited }.
invitation-unverified = Você entrou como { $email }, que não está verificado, mas o convite é para { $invited }.
invitation-anotherAddress = outro endereço
invitation-theInvited = o endereço convidado
invitation-signInFirst = Entre como { $email } para aceitar; o convite continua válido até lá.
invitation-signInAs = Entrar como { $email }
invitation-already = Você já é usuário de { $account }
invitation-thisAccount = esta conta
invitation-nothingMore = Nada mais a fazer: este convite não é mais necessário.
invitation-wrong = Algo deu errado

## The API's codes in words (web/js/words.js)

status-pending = Pendente
status-active = Ativo
status-deactivated = Desativado
status-expired = Expirado
status-revoked = Revogado

deactivatedBy-owner = Desativado pelo proprietário
deactivatedBy-partner_access_off = Acesso de parceiros desligado
deactivatedBy-access_ended = Acesso encerrado

delivery-sent = Enviado
delivery-delayed = Atrasado
delivery-delivered = Entregue
delivery-bounced = Devolvido
delivery-complained = Marcado como spam
delivery-rejected = Rejeitado
delivery-failed = Não enviado

action-resend = Reenviar convite
action-revoke = Revogar convite
action-change_role = Editar
action-extend = Estender
action-deactivate = Desativar
action-reactivate = Reativar
action-delete = Excluir

permission-campaigns_edit = Criar e editar campanhas
permission-campaigns_schedule = Agendar e publicar campanhas
permission-lists_edit = Criar e editar listas
permission-contacts_view = Ver contatos
permission-contacts_export = Exportar contatos
permission-library_use = Usar a biblioteca
permission-reports_view = Ver relatórios
permission-partner_tools = Ferramentas de parceria
permission-users_manage = Gerenciar usuários
permission-billing_manage = Cobrança e compras
permission-account_edit = Perfil da empresa e acesso de parceiros
permission-api_access = Chaves de API
permission-community_access = Comunidade
# Whether the language writes a permission's name in lower case inside a sentence: yes or no.
permission-lowerInSentence = yes

## $list is a list id, $permissions names of permissions, lower case.
limits-list = Lista { $list }
limits-lists = { $count ->
    [one] { $count } lista
   *[other] { $count } listas
}
limits-without = sem { $permissions }

audit-account-created = Conta criada
audit-account-renamed = Conta renomeada
audit-account-settings_changed = Configurações da conta alteradas
audit-account-mfa_required = Verificação em duas etapas exigida
audit-account-mfa_not_required = Verificação em duas etapas não é mais exigida
audit-account-ownership_offered = Propriedade oferecida
audit-account-ownership_offer_withdrawn = Oferta de propriedade retirada
audit-account-ownership_transferred = Propriedade transferida
audit-invitation-created = Convidado
audit-invitation-replaced = Convite enviado de novo, links anteriores revogados
audit-invitation-resent = Convite reenviado
audit-invitation-revoked = Convite revogado
audit-invitation-expired = Convite expirado
audit-invitation-bounced = E-mail de convite devolvido
audit-invitation-complained = E-mail de convite marcado como spam
audit-invitation-accepted = Convite aceito
audit-invitation-reminded = Convidado lembrado do convite
audit-user-role_changed = Função alterada
audit-user-limits_changed = Listas ou permissões alteradas
audit-user-deactivated = Desativado
audit-user-reactivated = Reativado
audit-user-deleted = Excluído
audit-user-left = Saiu da conta
audit-user-access_ending = Proprietário lembrado de que o acesso termina em breve
audit-user-access_ended = Acesso encerrado
audit-partner_access-requested = Parceiro pediu acesso
audit-partner_access-enabled = Acesso de parceiros ativado
audit-partner_access-disabled = Acesso de parceiros desligado
audit-partner_access-ending = Proprietário lembrado de que o acesso de parceiros termina em breve
audit-partner_access-ended = Acesso de parceiros encerrado
audit-partner_user-created = Usuário de parceiro criado

## $date is a day in words ("Fri, Dec 12"), $when a time from now ("in 2 days").
end-week = Uma semana
end-month = Um mês
end-three_months = Três meses
end-until = até { $date }
end-endsIn = termina { $when }

lastActive-never = nunca
lastActive-heading = Última atividade

lacks-not_a_member = ainda não é membro
lacks-deactivated = desativado
lacks-access_ended = acesso encerrado
lacks-mfa_required = precisa de verificação em duas etapas
lacks-not_in_role = não está na função
lacks-withheld = retirada
lacks-list_not_in_scope = fora das suas listas

## $lists are list ids, $why a reason above or held-onLists.
held-yes = sim
held-yesOn = sim, { $lists }
held-onLists = só as listas { $lists }
held-no = não: { $why }

## Why a sign-in did not complete ($why is one of signIn-error-*).
signIn-failed = O login não foi concluído. { $why }
signIn-error-invalid_request = A solicitação à página de login estava incompleta ou não era válida.
signIn-error-unauthorized_client = Este aplicativo não tem permissão para fazer seu login dessa forma.
signIn-error-access_denied = O login foi cancelado ou recusado.
signIn-error-unsupported_response_type = A página de login não aceita a forma como este aplicativo pediu para fazer seu login.
signIn-error-invalid_scope = Este aplicativo pediu um acesso que a página de login não concede.
signIn-error-server_error = O serviço de login teve um problema do lado dele.
signIn-error-temporarily_unavailable = O serviço de login está ocupado ou fora do ar por um instante. Tente de novo em um minuto.
signIn-error-invalid_grant = O login expirou, já foi usado ou não começou nesta aba.
signIn-error-invalid_client = O serviço de login não conhece este aplicativo.
signIn-error-unsupported_grant_type = O serviço de login não aceita a forma como este aplicativo conclui o login.
signIn-error-not_started_here = Este login não começou nesta aba, ou já foi concluído.
signIn-error-no_code = A página de login não devolveu nenhum código.
signIn-error-unreachable = Não foi possível acessar o serviço de login. Verifique sua conexão.
signIn-error-other = Algo deu errado durante o login.
signIn-signingIn = Entrando…
signIn-again = Entrar de novo
signIn-pageTitle = Entrando - Roster
signIn-heading = Entrando

## Ends of access (web/js/ending.js)

ends-legend = O acesso termina
ends-onDate = Em uma data
ends-keep = Manter
ends-until = Até { $date }
ends-never = Nunca
ends-date = Data de término
ends-pickDay = Escolha o dia em que o acesso termina.

## Manage users
## $email is a user's address, $role a role's name, $date a day in words.

users-pageTitle = Gerenciar usuários - Roster
users-title = Gerenciar usuários
users-add = Adicionar usuário
users-notEditableOwner = { $email } é o proprietário da conta: ninguém pode limitar o proprietário.
users-notEditable = { $email } está { $status }, então Editar não é oferecido: o menu da linha mostra o que é.

users-caption = Usuários desta conta
users-email = Endereço de e-mail
users-partner = Parceiro
users-role = Função
users-limits = Limites
users-status = Status
users-delivery = E-mail de convite
users-none = Nenhum
users-actions = Ações
users-actionsFor = Ações para { $email }
users-owner = Proprietário da conta
users-pendingUntil = até { $date }
users-accessUntil = Acesso até { $date }
users-more = Mostrar mais usuários

users-fields-role = Função
users-fields-lists = Listas
users-fields-listsHint = Limitado a estas listas, o usuário só pode { $permissions } nelas.
users-fields-everyList = Todas as listas
users-fields-onlyLists = Só estas listas
users-fields-listIds = IDs das listas, separados por vírgulas
users-fields-withheld = Permissões retiradas
users-fields-withheldHint = O que este usuário não pode fazer, do que a função permite.

users-invite-email = Endereço de e-mail
users-invite-emailHint = A pessoa entra com este endereço para aceitar.
users-invite-send = Enviar convite
users-invite-pending = Já convidado
users-invite-pendingText = Você já tem um convite pendente para { $email }. Enviá-lo de novo revogará todos os convites anteriores.
users-invite-continue = Continuar
users-invite-bounced = Este endereço devolveu o e-mail
users-invite-bouncedText = Um convite anterior para { $email } foi recusado pelo servidor de e-mail. Confira se o endereço não tem erro de digitação. Se estiver certo, o Roster pode tentar mais uma vez.
users-invite-sendAnyway = Enviar mesmo assim

users-sent-title = Convite enviado!
users-sent-failed = O convite vale, mas o e-mail para { $email } não pôde ser enviado. Copie o link e envie você mesmo, ou reenvie o convite mais tarde.
users-sent-emailed = Enviamos a { $email } um convite como { $role }, válido até { $date }.
users-sent-ends = O acesso termina em { $date }.
users-sent-link = Link do convite
users-sent-linkHint = Mostrado só agora. Qualquer pessoa com o link pode ver o convite; só o endereço convidado pode aceitá-lo.
users-sent-copy = Copiar URL
users-sent-done = Concluído
users-sent-copied = Link copiado.
users-sent-copyYourself = Pressione Ctrl+C para copiar o link selecionado.
users-sent-told = Convite enviado para { $email }.

## $details are the role, the limits and the end of access, joined by commas.
users-edit-title = Editar { $email }
users-edit-save = Salvar
users-edit-saved = { $email } agora é { $details }.
users-edit-changed = Outra pessoa alterou { $email } enquanto você editava. Agora é { $role }, { $status }: faça sua alteração de novo se ainda quiser.
users-edit-deleted = Outra pessoa excluiu { $email } enquanto você editava.

users-extend-title = Estender o acesso de { $email }
users-extend-intro = O acesso termina em { $date }. Estender por:
users-extend-orUntil = Ou até o fim de
users-extend-toDate = Estender até esta data
users-extend-done = { $email } agora tem acesso até { $date }.

users-reactivate-title = Reativar { $email }?
users-reactivate-text = O acesso de { $email } terminou. Reativado, ele volta na hora, enquanto houver uma vaga livre.
users-reactivate-legend = Desta vez o acesso termina
users-reactivate-doneUntil = { $email } está ativo de novo, até { $date }.
users-reactivate-done = { $email } está ativo de novo.

users-revoke-title = Revogar o convite?
users-revoke-text = O link enviado para { $email } para de funcionar na hora. Você pode enviar um novo convite depois.
users-revoke-done = O convite para { $email } foi revogado.
users-deactivate-title = Desativar { $email }?
users-deactivate-text = { $email } perde o acesso a esta conta na hora. Você pode reativar depois, enquanto houver uma vaga livre.
users-deactivate-done = { $email } foi desativado.
users-delete-title = Excluir { $email }?
users-delete-text = { $email } é removido desta conta para sempre. Isso não pode ser desfeito; a atividade guarda o que aconteceu.
users-delete-done = { $email } foi excluído.

## Access review
## $permission is a permission's name, lower case ("create and edit lists"),
## $list a list id, $question one of access-question*, $users addresses.

access-pageTitle = Revisão de acessos - Roster
access-title = Revisão de acessos
access-filters = Perguntar sobre
access-permission = Permissão
access-everyPermission = Todas as permissões
access-list = Lista
access-listHint = O ID de uma lista, para perguntar sobre uma lista; deixe vazio para todas as listas.
access-show = Mostrar
access-download = Baixar como CSV
access-user = Usuário
access-role = Função
access-status = Status
access-edit = Editar
access-editUser = Editar { $email }
access-everything = O que cada usuário pode fazer
access-question = Quem pode { $permission }
access-questionOnList = Quem pode { $permission } na lista { $list }
access-whoCan = { $question }: { $users }.
access-nobody = { $question }: ninguém.
access-downloaded = A revisão foi baixada.

## Activity
## $count is a number of events, $span how long events are kept ("90 days").

activity-pageTitle = Atividade - Roster
activity-title = Atividade
activity-filters = Mostrar só
activity-about = Sobre
activity-actor = Quem agiu
activity-action = Ação
activity-since = Desde
activity-until = Até
activity-anyone = Qualquer pessoa
activity-roster = O próprio Roster
activity-anyAction = Qualquer ação
activity-show = Mostrar
activity-clear = Limpar filtros
activity-noMatch = Nenhum evento corresponde a estes filtros.
activity-nothingYet = Nada aconteceu ainda.
activity-export = Exportar CSV
activity-exporting = Exportando a atividade
activity-soFar = { $count ->
    [one] { $count } evento até agora
   *[other] { $count } eventos até agora
}
activity-exported = { $count ->
    [one] { $count } evento exportado.
   *[other] { $count } eventos exportados.
}
activity-cancel = Cancelar exportação
activity-cancelled = A exportação foi cancelada.
activity-kept = Os eventos são guardados por { $span } e depois removidos.
activity-caption = O que mudou nesta conta, do mais recente ao mais antigo
activity-when = Quando
activity-who = Quem
activity-what = O quê
activity-change = Mudança
activity-system = Roster
activity-older = Mostrar eventos mais antigos
activity-everything = Isso é tudo.

## Partner access
## $partner is a partner agency's name, $until "until" and a day (end-until),
## $date a day in words, $when a time in words, $by an address.

partner-pageTitle = Acesso de parceiros - Roster
partner-title = Acesso de parceiros
partner-enabled = Acesso de parceiros ativado
partner-manages = { $partner } gerencia esta conta: os gerentes de parceiros dela podem criar o próprio usuário aqui.
partner-managesUntil = { $partner } gerencia esta conta { $until }: os gerentes de parceiros dela podem criar o próprio usuário aqui.
partner-noPartner = Nenhum parceiro gerencia esta conta.
partner-endsIn = O acesso de parceiros { $when }.
partner-changeEnd = Alterar data de término
partner-setEnd = Definir uma data de término
partner-asked = { $partner } pediu em { $when }.
partner-askedBy = { $partner } pediu em { $when } ({ $by }).
partner-noRequests = Nenhum pedido em aberto.
partner-managed = Acesso gerenciado por uma agência parceira
partner-requests = Pedidos
partner-askWithId = Uma agência parceira pede com o ID desta conta:
partner-nobodyAsked = Nenhum parceiro pediu acesso. Uma agência parceira pede primeiro, com o ID desta conta.
partner-enable = Ativar o acesso de parceiros?
partner-partner = Parceiro
partner-enableText = Os gerentes de parceiros dela poderão então criar o próprio usuário nesta conta, como gerentes da conta, cada um ocupando uma vaga.
partner-ends = O acesso de parceiros termina
partner-whenEnds = Quando termina o acesso de parceiros?
partner-untilText = { $partner } gerencia esta conta até { $date }. Então cada usuário que ela criou aqui perde o acesso.
partner-forGoodText = { $partner } gerencia esta conta sem prazo. Com uma data de término, cada usuário que ela criou aqui perde o acesso nessa data.
partner-turnOff = Desligar o acesso de parceiros?
partner-turnOffText = Cada usuário que { $partner } criou nesta conta é desativado na hora.
partner-confirm = Confirmar
partner-enabledFor = O acesso de parceiros está ativado para { $partner }.
partner-enabledForUntil = O acesso de parceiros está ativado para { $partner }, { $until }.
partner-turnedOff = O acesso de parceiros está desligado.
partner-client-title = Gerenciar a conta de um cliente
partner-client-intro = Peça a um cliente acesso gerenciado com o ID da conta dele. Quando o proprietário ativar o acesso para { $partner }, crie seu próprio usuário na conta dele.
partner-client-id = ID da conta do cliente
partner-client-idHint = O cliente encontra o ID na página Acesso de parceiros.
partner-client-request = Pedir acesso
partner-client-join = Criar nosso usuário lá
partner-client-joined = Agora você tem um usuário na conta do cliente, como gerente da conta.
partner-client-open = Abrir suas contas
partner-client-requested = Pedido enviado. O proprietário do cliente o vê na página Acesso de parceiros; ele fica aberto por 30 dias.

## Your accounts
## $account is an account's name, $role a role's name.

accounts-pageTitle = Suas contas - Roster
accounts-title = Suas contas
accounts-none = Você ainda não é usuário de nenhuma conta. Crie uma abaixo, ou abra o link de um convite que você recebeu.
accounts-users = Gerenciar usuários de { $account }
accounts-partner = Acesso de parceiros de { $account }
accounts-settings = Configurações da conta { $account }
accounts-welcome = Boas-vindas! Você entrou em { $account } como { $role }.
accounts-partnerAgency = agência parceira
accounts-canDo = O que você pode fazer aqui
accounts-deactivated = Você não pode fazer nada aqui enquanto estiver desativado.
accounts-create = Criar uma conta
accounts-kind = Tipo
accounts-kindStandard = Uma conta de e-mail marketing
accounts-kindPartner = Uma agência parceira, que gerencia contas de clientes
accounts-createButton = Criar conta
