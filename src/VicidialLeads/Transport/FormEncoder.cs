using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Encodes form and query values. Commas stay literal: they separate phone numbers, the server takes
    /// them either way, and a literal comma keeps GET request targets short.
    /// </summary>
    internal static class FormEncoder
    {
        private const string Hex = "0123456789ABCDEF";

        /// <summary>One form field.</summary>
        public static KeyValuePair<string, string> Field(string name, string value) => new KeyValuePair<string, string>(name, value);

        /// <summary>The fields as one form (name=value&amp;...), in their order.</summary>
        public static string Encode(IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            var builder = new StringBuilder(256);
            foreach (var field in fields)
            {
                if (builder.Length > 0) builder.Append('&');
                builder.Append(field.Key).Append('=').Append(Encode(field.Value));
            }
            return builder.ToString();
        }

        /// <summary>A form-encoded POST body.</summary>
        public static HttpContent Content(string form)
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            return content;
        }

        /// <summary>One value, percent-encoded as UTF-8.</summary>
        public static string Encode(string value)
        {
            var builder = new StringBuilder(value.Length + 16);
            foreach (byte b in Encoding.UTF8.GetBytes(value))
            {
                char c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.' || c == '~' || c == ',')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }
            return builder.ToString();
        }
    }
}
