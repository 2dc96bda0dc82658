# Clés d’accès (WebAuthn) comme second facteur : page du compte, étape de connexion, messages.
passkey-heading = Clés d’accès
passkey-intro = Une clé d’accès se trouve sur votre téléphone, votre ordinateur ou une clé de sécurité, et confirme que c’est bien vous grâce à votre empreinte, votre visage ou votre code PIN. Après votre mot de passe, un simple geste suffit pour vous connecter. Elle ne fonctionne que sur ce site : une page imitée ne peut pas la détourner.
passkey-none = Vous n’avez pas encore de clé d’accès.
passkey-recovery-left = { $left ->
    [one] { $left } de vos 10 codes de récupération est encore inutilisé.
   *[other] { $left } de vos 10 codes de récupération sont encore inutilisés.
}
passkey-created = ajoutée le { $when }
passkey-last-used = dernière utilisation le { $when }
passkey-never-used = pas encore utilisée
passkey-remove-summary = Supprimer { $name }
passkey-remove-last-warning = C’est votre seul second facteur, et une communauté que vous contribuez à animer en exige un : sans lui, vos pouvoirs d’intendance et de curation restent suspendus jusqu’à ce que vous en ajoutiez un autre.
passkey-remove-password = Votre mot de passe, pour confirmer
passkey-remove-confirm = Cette clé d’accès ne vous permettra plus de vous connecter.
passkey-remove = Supprimer la clé d’accès
passkey-name-label = Nom de la nouvelle clé d’accès
passkey-name-placeholder = par ex. ordinateur portable, téléphone
passkey-add = Ajouter une clé d’accès
passkey-browser-failed = La clé d’accès n’a pas répondu, ou la demande a été annulée. Rien n’a changé : réessayez.
passkey-browser-unsupported = Ce navigateur ne peut pas utiliser de clés d’accès ici. Utilisez plutôt une application d’authentification.
passkey-name-invalid = Donnez à la clé d’accès un nom de 60 caractères au plus.
passkey-refused = Cette clé d’accès n’a pas été acceptée. Réessayez, ou saisissez un code.
passkey-expired = Cette demande a attendu trop longtemps ou a déjà reçu une réponse : réessayez.
passkey-duplicate = Cette clé d’accès est déjà enregistrée.
passkey-password-wrong = Votre mot de passe n’est pas correct.
passkey-added = La clé d’accès est ajoutée : après votre mot de passe, elle vous connecte.
passkey-removed = La clé d’accès est supprimée : elle ne vous connecte plus.
passkey-codes-title = Clé d’accès ajoutée
passkey-codes-on = Votre second facteur est activé.
passkey-codes-from-now = Désormais, après votre mot de passe, la connexion vous demandera votre clé d’accès.
passkey-codes-keep = Conservez ces dix codes de récupération en lieu sûr ; chacun fonctionne une fois si vous perdez votre clé d’accès. Ils ne s’affichent que maintenant.
passkey-codes-back = Retour à votre compte
passkey-sign-in-hint = Confirmez avec la clé d’accès que vous avez ajoutée à votre compte.
passkey-sign-in = Utiliser ma clé d’accès
passkey-or-code = Ou saisissez un code :

totp-title = Second facteur
totp-from-now = Désormais, la connexion vous demandera un code de votre application.
totp-keep = Conservez ces dix codes de récupération en lieu sûr ; chacun fonctionne une fois si vous perdez votre téléphone. Ils ne s’affichent que maintenant.
totp-scan = Scannez ce code avec une application d’authentification (ou saisissez la clé ci-dessous).
totp-enter = Saisissez le code à 6 chiffres qu’elle affiche.
totp-key = Clé :
totp-code-label = Code de l’application
totp-turn-on = Activer le second facteur
