using System;

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
            foreach (string field in line.Split('|'))
            {
                int colon = field.IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0) continue;
                string name = field.Substring(0, colon);
                string value = field.Substring(colon + 2).Trim();
                if (name == "VERSION") number = value;
                else if (name == "BUILD") build = value;
            }

            if (string.IsNullOrEmpty(number) || number!.Length > 64 || build.Length > 64)
                return false;
            version = new ServerVersion(number, build);
            return true;
        }
    }
}
