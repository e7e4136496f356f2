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
problem-unreachable = Não foi possível acessar o Roster. Verifique a sua conexão e tente de novo.
problem-unknown = O Roster recusou (código { $code }).

field-name-length = O nome deve ter de 1 a 100 caracteres.
field-name-characters = O nome não pode conter caracteres de controle ou invisíveis (como marcas bidirecionais ou espaços de largura zero).
field-name-address = O nome não pode conter um endereço da web ou de e-mail: ele aparece nos e-mails.
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
