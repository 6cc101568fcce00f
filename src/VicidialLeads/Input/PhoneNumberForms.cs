using System;
using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>What one input value means as a phone number: the digits to search, in one or two forms.</summary>
    internal readonly struct PhoneNumberForms
    {
        public PhoneNumberForms(string digits, string? withPhoneCode)
        {
            Digits = digits;
            WithPhoneCode = withPhoneCode;
        }

        /// <summary>The number without its country code, as VICIdial stores it (the code lives in phone_code).</summary>
        public string Digits { get; }

        /// <summary>
        /// The same number with the country code in front, also searched when the input carried the code, in case
        /// leads were loaded that way; null when the input did not carry it.
        /// </summary>
        public string? WithPhoneCode { get; }

        /// <summary>
        /// What was found under a number's two forms as one answer: the items of a lead newest (highest lead id) first,
        /// each lead once; items of no lead (<paramref name="leadIdOf"/> gives 0, such as the server's error lines) after
        /// them, in their order. Every function that asks about both forms merges with this.
        /// </summary>
        public static List<T> MergeNewestFirst<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, long> leadIdOf)
        {
            var keyed = new List<(long Id, int Order, T Item)>(first.Count + second.Count);
            var seen = new HashSet<long>();
            foreach (IReadOnlyList<T> form in new[] { first, second })
            {
                foreach (T item in form)
                {
                    long id = leadIdOf(item);
                    if (id > 0 && !seen.Add(id)) continue;
                    keyed.Add((id, keyed.Count, item));
                }
            }
            keyed.Sort((a, b) => a.Id != b.Id ? b.Id.CompareTo(a.Id) : a.Order.CompareTo(b.Order));
            return keyed.ConvertAll(entry => entry.Item);
        }
    }
}
