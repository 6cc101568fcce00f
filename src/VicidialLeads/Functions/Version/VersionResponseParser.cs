using System;
using System.Globalization;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.Version
{
    /// <summary>Reads <c>VERSION: 2.14-202|BUILD: 250720-1841|DATE: ...|</c>, the answer that proves a URL is VICIdial's API.</summary>
    internal static class VersionResponseParser
    {
        public static bool TryParse(string body, out ServerVersion? version)
        {
            version = null;
            if (!body.StartsWith("VERSION: ", StringComparison.Ordinal))
                return false;

            int end = body.IndexOf('\n');
            string line = end < 0 ? body : body.Substring(0, end);
            string? number = null;
            string build = string.Empty;
            TimeSpan? offset = null, standardOffset = null;
            DateTime? now = null;
            foreach (string field in line.Split('|'))
            {
                int colon = field.IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0) continue;
                string name = field.Substring(0, colon);
                string value = field.Substring(colon + 2).Trim();
                if (name == "VERSION") number = value;
                else if (name == "BUILD") build = value;
                else if (name == "TZNOW") offset = Hours(value);
                else if (name == "TZ") standardOffset = Hours(value);
                else if (name == "DATE" && ServerTime.TryRead(value, out DateTime? date)) now = date;
            }

            if (string.IsNullOrEmpty(number) || number!.Length > 64 || build.Length > 64)
                return false;
            version = new ServerVersion(number, build, offset ?? standardOffset, now);
            return true;
        }

        /// <summary>An offset in hours as the server prints it (-5.00, 5.50); null when it is none a clock can have.</summary>
        private static TimeSpan? Hours(string value) =>
            decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal hours) && hours >= -14 && hours <= 14
                ? TimeSpan.FromMinutes((double)Math.Round(hours * 60))
                : (TimeSpan?)null;
    }
}
