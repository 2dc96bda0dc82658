# Llaves de acceso (WebAuthn) como segundo factor: la página de la cuenta, el paso de inicio de sesión y sus mensajes.
passkey-heading = Llaves de acceso
passkey-intro = Una llave de acceso se guarda en tu móvil, tu ordenador o una llave de seguridad y confirma que eres tú con tu huella, tu cara o tu PIN. Después de la contraseña, basta un toque para entrar. Solo funciona en este sitio, así que una página que lo imite no puede robarla.
passkey-none = Todavía no tienes ninguna llave de acceso.
passkey-recovery-left = { $left ->
    [one] Te queda { $left } de tus 10 códigos de recuperación sin usar.
   *[other] Te quedan { $left } de tus 10 códigos de recuperación sin usar.
}
passkey-created = añadida el { $when }
passkey-last-used = usada por última vez el { $when }
passkey-never-used = aún sin usar
passkey-remove-summary = Quitar { $name }
passkey-remove-last-warning = Es tu único segundo factor, y una comunidad que ayudas a dirigir lo exige: sin él, tus facultades de administración y curaduría quedan en espera hasta que añadas otro.
passkey-remove-password = Tu contraseña, para confirmar
passkey-remove-confirm = Esta llave de acceso ya no te servirá para iniciar sesión.
passkey-remove = Quitar la llave de acceso
passkey-name-label = Nombre de la nueva llave de acceso
passkey-name-placeholder = p. ej., portátil, móvil
passkey-add = Añadir una llave de acceso
passkey-browser-failed = La llave de acceso no respondió o se canceló la solicitud. No ha cambiado nada: vuelve a intentarlo.
passkey-browser-unsupported = Este navegador no puede usar llaves de acceso aquí. Usa una aplicación de autenticación.
passkey-name-invalid = Ponle a la llave de acceso un nombre de 60 caracteres como máximo.
passkey-refused = No se aceptó esa llave de acceso. Vuelve a intentarlo o introduce un código.
passkey-expired = Esa solicitud esperó demasiado o ya tuvo respuesta: vuelve a intentarlo.
passkey-duplicate = Esa llave de acceso ya está registrada.
passkey-password-wrong = La contraseña no es correcta.
passkey-added = Llave de acceso añadida: después de tu contraseña, te permite entrar.
passkey-removed = Llave de acceso quitada: ya no te permite entrar.
passkey-codes-title = Llave de acceso añadida
passkey-codes-on = Tu segundo factor está activado.
passkey-codes-from-now = A partir de ahora, después de la contraseña se te pedirá tu llave de acceso.
passkey-codes-keep = Guarda estos diez códigos de recuperación en un lugar seguro; cada uno funciona una vez si pierdes tu llave de acceso. Solo se muestran ahora.
passkey-codes-back = Volver a tu cuenta
passkey-sign-in-hint = Confirma con la llave de acceso que añadiste a tu cuenta.
passkey-sign-in = Usar mi llave de acceso
passkey-or-code = O introduce un código:

totp-title = Segundo factor
totp-from-now = A partir de ahora, al iniciar sesión se te pedirá un código de tu aplicación.
totp-keep = Guarda estos diez códigos de recuperación en un lugar seguro; cada uno sirve una vez si pierdes el teléfono. Solo se muestran ahora.
totp-scan = Escanea este código con una aplicación de autenticación (o escribe la clave de abajo).
totp-enter = Escribe el código de 6 cifras que muestra.
totp-key = Clave:
totp-code-label = Código de la aplicación
totp-turn-on = Activar el segundo factor
