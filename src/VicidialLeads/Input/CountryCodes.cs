namespace VicidialLeads.Input
{
    /// <summary>Country calling codes, to name the code an international number carries.</summary>
    internal static class CountryCodes
    {
        /// <summary>
        /// The country calling code a number (without '+') begins with. Calling codes are prefix-free: 1 and 7 have one
        /// digit; 20, 27, 30-34, 36, 39, 40, 41, 43-49, 51-58, 60-66, 81, 82, 84, 86, 90-95 and 98 have two; all others three.
        /// </summary>
        public static string Of(string digits)
        {
            if (digits.Length == 0) return digits;
            if (digits[0] == '1' || digits[0] == '7') return digits.Substring(0, 1);
            if (digits.Length < 2) return digits;
            int two = (digits[0] - '0') * 10 + (digits[1] - '0');
            bool twoDigits = two switch
            {
                20 or 27 or 30 or 31 or 32 or 33 or 34 or 36 or 39 or 40 or 41 => true,
                >= 43 and <= 49 => true,
                >= 51 and <= 58 => true,
                >= 60 and <= 66 => true,
                81 or 82 or 84 or 86 => true,
                >= 90 and <= 95 => true,
                98 => true,
                _ => false,
            };
            return digits.Substring(0, twoDigits || digits.Length < 3 ? 2 : 3);
        }
    }
}
