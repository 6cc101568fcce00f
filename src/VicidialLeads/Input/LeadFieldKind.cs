namespace VicidialLeads.Input
{
    /// <summary>How the server cleans a lead field's value before storing it (capture 52).</summary>
    internal enum LeadFieldKind
    {
        /// <summary>Text whose punctuation is filtered; non-ASCII letters kept.</summary>
        Text,

        /// <summary>Names, address and city: like <see cref="Text"/>, and non-ASCII letters stripped while use_non_latin is off.</summary>
        Latin,

        /// <summary>comments: only ; # " stripped, a newline stored as !N.</summary>
        Comments,

        /// <summary>gender: M, F or U, anything else stored as U.</summary>
        Gender,

        /// <summary>date_of_birth: YYYY-MM-DD, anything else stored as 0000-00-00.</summary>
        Date,

        /// <summary>rank: a whole number, anything else stored as 0.</summary>
        Number,

        /// <summary>status, user and list_id: letters, digits, - and _ only.</summary>
        Code,

        /// <summary>phone_code: digits only, kept as text (leading zeros too).</summary>
        Digits,

        /// <summary>called_count and entry_list_id: whole-number columns; digits only, leading zeros dropped, called_count at most 65,535.</summary>
        Count,

        /// <summary>gmt_offset_now: - _ . and digits survive the filter, and the column is a DECIMAL(4,2).</summary>
        Offset,

        /// <summary>phone_number: digits and commas only; changed only with update_phone_number=Y.</summary>
        PhoneNumber,
    }
}
