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
