namespace VicidialLeads.Input
{
    /// <summary>
    /// What a vendor lead code may be in a search: the server strips quotes, backslashes and semicolons, splits
    /// on commas and prints keys between pipes, so a code holding any of them could not be matched to its answer.
    /// </summary>
    internal static class VendorLeadCodeRules
    {
        public const int MaxLength = 20;

        public const string RuleText =
            "A vendor lead code must have 1 to 20 characters, without commas, pipes, quotes, backslashes, semicolons or control characters.";

        public static bool TryNormalize(string? input, out string code, out string? problem)
        {
            code = string.Empty;
            problem = null;
            string value = input?.Trim() ?? string.Empty;
            if (value.Length == 0)
            {
                problem = "The vendor lead code is empty. " + RuleText;
                return false;
            }
            if (value.Length > MaxLength)
            {
                problem = $"'{value.Substring(0, MaxLength)}...' is longer than {MaxLength} characters. {RuleText}";
                return false;
            }
            foreach (char c in value)
            {
                if (c == ',' || c == '|' || c == '\'' || c == '"' || c == '\\' || c == ';' || char.IsControl(c))
                {
                    problem = $"'{value}' cannot be searched as a vendor lead code: it contains {(char.IsControl(c) ? $"U+{(int)c:X4}" : $"'{c}'")}. {RuleText}";
                    return false;
                }
            }
            code = value;
            return true;
        }

        /// <summary>The server compares codes loosely, as PHP does: all-digit codes equal as numbers collide.</summary>
        public static string LooseIdentity(string code)
        {
            foreach (char c in code)
            {
                if (c < '0' || c > '9') return code;
            }
            return PhoneNumberRules.NumericIdentity(code);
        }
    }
}
