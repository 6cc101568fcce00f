using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.InteropServices;
using System.Security;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Removes a password from text before the text is kept anywhere. The real server echoes a rejected
    /// password, and exception texts can carry a GET URL, so every text taken from the wire passes here.
    /// </summary>
    internal sealed class SecretRedactor
    {
        public const string Mask = "********";
        private readonly SecureString _password;

        public SecretRedactor(SecureString password) => _password = password;

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text) || _password.Length == 0)
                return text ?? string.Empty;

            string result = text!;
            foreach (string variant in Variants(Reveal(_password)))
            {
                if (variant.Length > 0)
                    result = result.Replace(variant, Mask);
            }
            return result;
        }

        /// <summary>
        /// A short, single-line excerpt of text from the wire, for a message. The whole text is redacted before it is
        /// cut, so no part of a password can survive at the cut.
        /// </summary>
        public string Excerpt(string? text, int maxLength = 80)
        {
            string flat = Redact(text).Replace('\r', ' ').Replace('\n', ' ').Trim();
            return flat.Length > maxLength ? flat.Substring(0, maxLength) + "..." : flat;
        }

        /// <summary>The forms a password takes in a request or in the server's echo of it.</summary>
        private static IEnumerable<string> Variants(string password)
        {
            var variants = new List<string>
            {
                password,
                FormEncoder.Encode(password),
                Uri.EscapeDataString(password),
                WebUtility.UrlEncode(password),
                // The server strips quotes, backslashes, semicolons and spaces before it echoes a password.
                StripServerSanitizedCharacters(password),
            };
            variants.Sort((a, b) => b.Length.CompareTo(a.Length));
            return variants;
        }

        private static string StripServerSanitizedCharacters(string password)
        {
            var chars = new List<char>(password.Length);
            foreach (char c in password)
            {
                if (c != '\'' && c != '"' && c != '\\' && c != ';' && c != ' ')
                    chars.Add(c);
            }
            return new string(chars.ToArray());
        }

        /// <summary>Turns the password into text for as short a time as the caller needs it.</summary>
        internal static string Reveal(SecureString secret)
        {
            IntPtr pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
