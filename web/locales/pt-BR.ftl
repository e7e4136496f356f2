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
