using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// Encodes form and query values, percent-encoded as UTF-8. Commas stay literal: they separate phone numbers, the
    /// server takes them either way, and a literal comma keeps GET request targets short. A form is written straight into
    /// the bytes of the request: one array per request, however many fields.
    /// </summary>
    internal static class FormEncoder
    {
        private const string Hex = "0123456789ABCDEF";

        /// <summary>One form field.</summary>
        public static KeyValuePair<string, string> Field(string name, string value) => new KeyValuePair<string, string>(name, value);

        /// <summary>The fields of <paramref name="first"/>, then of <paramref name="rest"/>, as one form (name=value&amp;...) in ASCII.</summary>
        public static byte[] Encode(IReadOnlyList<KeyValuePair<string, string>> first, IReadOnlyList<KeyValuePair<string, string>> rest)
        {
            int count = first.Count + rest.Count;
            int length = count > 0 ? count - 1 : 0;
            for (int i = 0; i < count; i++)
            {
                var field = i < first.Count ? first[i] : rest[i - first.Count];
                length += EncodedLength(field.Key) + 1 + EncodedLength(field.Value);
            }
            var form = new byte[length];
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                var field = i < first.Count ? first[i] : rest[i - first.Count];
                if (i > 0) form[at++] = (byte)'&';
                at = Write(field.Key, form, at);
                form[at++] = (byte)'=';
                at = Write(field.Value, form, at);
            }
            return form;
        }

        /// <summary>A form-encoded POST body.</summary>
        public static HttpContent Content(byte[] form)
        {
            var content = new ByteArrayContent(form);
            // Stored as given: the constant needs no parsing on every request.
            content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
            return content;
        }

        /// <summary>One value, encoded.</summary>
        public static string Encode(string value)
        {
            var bytes = new byte[EncodedLength(value)];
            Write(value, bytes, 0);
            return Encoding.ASCII.GetString(bytes);
        }

        /// <summary>The length of <paramref name="value"/> encoded, without encoding it.</summary>
        public static int EncodedLength(string value)
        {
            if (!IsAscii(value))
                return EncodedLength(Encoding.UTF8.GetBytes(value));
            int length = 0;
            foreach (char c in value)
                length += IsSafe(c) ? 1 : 3;
            return length;
        }

        private static int EncodedLength(byte[] utf8)
        {
            int length = 0;
            foreach (byte b in utf8)
                length += IsSafe((char)b) ? 1 : 3;
            return length;
        }

        private static int Write(string value, byte[] to, int at)
        {
            if (!IsAscii(value))
            {
                foreach (byte b in Encoding.UTF8.GetBytes(value))
                    at = Write(b, to, at);
                return at;
            }
            foreach (char c in value)
                at = Write((byte)c, to, at);
            return at;
        }

        private static int Write(byte b, byte[] to, int at)
        {
            if (IsSafe((char)b))
            {
                to[at++] = b;
                return at;
            }
            to[at++] = (byte)'%';
            to[at++] = (byte)Hex[b >> 4];
            to[at++] = (byte)Hex[b & 0xF];
            return at;
        }

        private static bool IsSafe(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~' || c == ',';

        private static bool IsAscii(string value)
        {
            foreach (char c in value)
            {
                if (c >= 0x80) return false;
            }
            return true;
        }
    }
}
