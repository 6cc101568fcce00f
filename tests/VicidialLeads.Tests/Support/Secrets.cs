using System.Security;
using VicidialLeads.Transport;

namespace VicidialLeads.Tests.Support
{
    /// <summary>Passwords in the form the module takes them.</summary>
    internal static class Secrets
    {
        /// <summary>A redactor for the password of user 6666 (1234), whom the captures were taken as.</summary>
        public static readonly SecretRedactor Redactor = new SecretRedactor(Secure("1234"));

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (char c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
