using System;
using System.Globalization;

namespace VicidialLeads.Protocol
{
    /// <summary>
    /// The server's date-times (<c>2026-11-30 12:00:00</c>): its local time, without an offset, read as such
    /// (DateTimeKind.Unspecified) so nothing converts them to this computer's zone. MySQL's zero date means "none".
    /// </summary>
    internal static class ServerTime
    {
        private const string Format = "yyyy-MM-dd HH:mm:ss";

        /// <summary>The time, or null when the field is empty or the zero date; false when it is neither a time nor empty.</summary>
        public static bool TryRead(string text, out DateTime? time)
        {
            time = null;
            if (text.Length == 0 || text.StartsWith("0000-00-00", StringComparison.Ordinal))
                return true;
            if (!DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
                return false;
            time = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
            return true;
        }

        /// <summary>A time that must be there; anything else is an answer the module cannot read.</summary>
        public static DateTime Required(string text, string what)
        {
            if (TryRead(text, out DateTime? time) && time.HasValue)
                return time.Value;
            throw new VicidialProtocolException($"The server gave {what} as '{text}', which is not a date and time.", isTransient: false);
        }

        /// <summary>A time that may be missing.</summary>
        public static DateTime? Optional(string text, string what)
        {
            if (TryRead(text, out DateTime? time))
                return time;
            throw new VicidialProtocolException($"The server gave {what} as '{text}', which is not a date and time.", isTransient: false);
        }
    }
}
