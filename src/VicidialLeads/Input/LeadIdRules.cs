using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace VicidialLeads.Input
{
    /// <summary>
    /// What a lead id is in input: a whole number from 1 up, given as a number or as text, and several of them
    /// dash-joined as search results print (and Export-Csv writes) them: 1011-1007-1004-1001.
    /// </summary>
    internal static class LeadIdRules
    {
        /// <summary>A lead id with this many digits or more is more likely a phone number given by mistake.</summary>
        public const int PhoneLikeDigits = 10;

        public const string RuleText = "Lead ids are whole numbers from 1 up; several may be dash-joined (1011-1007-1004), as search results export them.";

        /// <summary>
        /// Reads <paramref name="value"/> (a number, text, or a list of them) as lead ids; empty text is no ids. Dash-joined
        /// ids are read only with <paramref name="dashJoined"/> (a LeadIds column, as search results export them): elsewhere
        /// 202-555-1001 is a phone number, and reading it as three leads would act on other customers.
        /// </summary>
        public static bool TryRead(object? value, List<long> ids, out string? problem, bool dashJoined = true)
        {
            problem = null;
            switch (value)
            {
                case null:
                    return true;
                case string text:
                    return TryReadText(text, ids, out problem, dashJoined);
                case IEnumerable list:
                    foreach (object? item in list)
                    {
                        if (!TryRead(item, ids, out problem, dashJoined)) return false;
                    }
                    return true;
                case double number when number >= 1 && number <= long.MaxValue && number == Math.Floor(number) && number < 1e15:
                    ids.Add((long)number);
                    return true;
                case decimal number when number >= 1 && number == decimal.Truncate(number) && number <= long.MaxValue:
                    ids.Add((long)number);
                    return true;
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _:
                    return Add(Convert.ToInt64(value, CultureInfo.InvariantCulture), Convert.ToString(value, CultureInfo.InvariantCulture)!, ids, out problem);
                default:
                    return TryReadText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, ids, out problem, dashJoined);
            }
        }

        private static bool TryReadText(string text, List<long> ids, out string? problem, bool dashJoined)
        {
            problem = null;
            string trimmed = text.Trim();
            if (trimmed.Length == 0) return true;
            if (!dashJoined && !long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out _) &&
                PhoneNumberRules.TryRead(trimmed, PhoneNumberRules.DefaultPhoneCode, out PhoneNumberForms _, out string? _))
            {
                problem = $"'{Shorten(text)}' looks like a phone number, not a lead id: read as lead ids it could name other customers' leads. " +
                    $"To read the leads of a phone number, use -PhoneNumber '{Shorten(text)}' or pipe rows with a phone number column. " +
                    "Dash-joined lead ids are read from a LeadIds column (as search results export them), or give them one per value.";
                return false;
            }
            foreach (string part in dashJoined ? trimmed.Split('-') : new[] { trimmed })
            {
                if (!long.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
                {
                    problem = $"'{Shorten(text)}' is not a lead id. {RuleText} To read the leads of a phone number, use -PhoneNumber or pipe rows with a phone number column.";
                    return false;
                }
                if (!Add(id, text, ids, out problem)) return false;
            }
            return true;
        }

        private static bool Add(long id, string text, List<long> ids, out string? problem)
        {
            problem = null;
            if (id < 1)
            {
                problem = $"{Shorten(text)} is not a lead id: lead ids are whole numbers from 1 up.";
                return false;
            }
            ids.Add(id);
            return true;
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "...";
    }
}
