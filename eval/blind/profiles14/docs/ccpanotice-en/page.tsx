export const dynamic = "force-static";

export default function CCPAPrivacyNoticePage() {
  return (
    <div className="min-h-screen bg-gray-100">
      {/* Header */}
    

      {/* Main Content */}
      <main className="max-w-6xl mx-auto px-4 py-8">
      <div className="WordSection1" style={{ textAlign: "left" }}>
    <h1 style={{  }}>
      <span
        style={{
          fontSize: "27.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        CCPA PRIVACY NOTICE
      </span>
    </h1>
    <p style={{ marginBottom: "0in",  }}>
      <em>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          [Last Modified: May 26, 2025]
        </span>
      </em>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        &nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <strong>
        <u>
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#313131"
            }}
          >
            Applicability:
          </span>
        </u>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        &nbsp;The California Consumer Privacy Act of 2018 (“
      </span>
      <strong>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          CCPA
        </span>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ”), the California Privacy Rights Act of 2020 effective January 1, 2023 (“
      </span>
      <strong>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          CPRA
        </span>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ”), any other California privacy laws, and this CCPA Notice apply to
        visitors, users, and independent contractors, and others who are
        California residents (“
      </span>
      <strong>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          consumers
        </span>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ” or “
      </span>
      <strong>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          you
        </span>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ”). Any terms defined in the CCPA and CPRA have the same meaning when used
        in this CCPA Notice. This CCPA Notice applies to California residents’
        Personal Information, which we collect directly or indirectly while you
        are using our service or in order to provide our services, or employee and
        business-to-business Personal Information.
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        This CCPA Notice is an integral part of our Privacy Policy, and thus,
        definitions used herein shall have the same meaning as defined in
        the&nbsp;
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        Privacy Policy
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        .
      </span>
    </p>
    <h2 style={{  }}>
      <u>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          PART I: A COMPREHENSIVE DESCRIPTION OF THE INFORMATION PRACTICES:
        </span>
      </u>
    </h2>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (A)&nbsp;<u>CATEGORIES of PERSONAL information WE COLLECT</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        We collect Personal Information which is defined under the CCPA as any
        information that identifies, relates to, describes, references, is capable
        of being associated with, or could reasonably be linked, directly or
        indirectly, with a particular consumer, household or device, all as
        detailed in the table below. The definition of Personal Information
        further includes Sensitive Personal Information (“
      </span>
      <strong>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          SPI
        </span>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ”) as detailed in the table below.
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        Personal Information does not include: Publicly available information that
        is lawfully made available from government records, that a consumer has
        otherwise made available to the public; de-identified or aggregated
        consumer information; information excluded from the CCPA’s or CPRA’s
        scope, such as: Health or medical information covered by the Health
        Insurance Portability and Accountability Act of 1996 (HIPPA) and the
        California Confidentiality of Medical Information Act (CMIA) or clinical
        trial data; Personal information covered by certain sector-specific
        privacy laws, including the Fair Credit Reporting Act (FRCA), the
        Gramm-Leach-Bliley Act (GLBA) or California Financial Information Privacy
        Act (FIPA) and the Driver’s Privacy Protection Act of 1994.
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <em>
        <b>
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#313131"
            }}
          >
            We have collected the following categories of Personal Information
            within the period of the last twelve (12) months:
          </span>
        </b>
      </em>
    </p>
    <table
      className="MsoNormalTable"
      border={0}
      cellPadding={0}
      style={{ background: "#F8F9FA" }}
    >
      <tbody>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              border: "solid windowtext 1.0pt",
              background: "#E1E4EE",
              padding: "12.0pt 17.25pt 10.5pt 17.25pt"
            }}
          >
            <p
              className="MsoNormal"
              style={{ textAlign: "center", wordBreak: "break-all" }}
            >
              <b>
                <span
                  style={{
                    fontSize: "13.5pt",
                    lineHeight: "115%",
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "black"
                  }}
                >
                  Category
                </span>
              </b>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              border: "solid windowtext 1.0pt",
              background: "#E1E4EE",
              padding: "12.0pt 17.25pt 10.5pt 17.25pt"
            }}
          >
            <p
              className="MsoNormal"
              style={{ textAlign: "center", wordBreak: "break-all" }}
            >
              <b>
                <span
                  style={{
                    fontSize: "13.5pt",
                    lineHeight: "115%",
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "black"
                  }}
                >
                  Examples
                </span>
              </b>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              background: "#E1E4EE",
              padding: "12.0pt 17.25pt 10.5pt 17.25pt"
            }}
          >
            <p
              className="MsoNormal"
              style={{ textAlign: "center", wordBreak: "break-all" }}
            >
              <b>
                <span
                  style={{
                    fontSize: "13.5pt",
                    lineHeight: "115%",
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "black"
                  }}
                >
                  Collected
                </span>
              </b>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                A. Identifiers.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                A real name, alias, postal address, unique personal identifier,
                online identifier, Internet Protocol address, email address,
                account name, Social Security number, driver's license number,
                passport number, or other similar identifiers.
              </span>
            </p>
          </td>
          <td
            width="31%"
            style={{
              width: "31.0%",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                B. Personal information categories listed in the California
                Customer Records statute (Cal. Civ. Code § 1798.80(e)).
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                A name, signature, Social Security number, physical
                characteristics or description, address, telephone number,
                passport number, driver's license or state identification card
                number, insurance policy number, education, employment, employment
                history, bank account number, credit card number, debit card
                number, or any other financial information, medical information,
                or health insurance information.
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Some personal information included in this category may overlap
                with other categories.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  N
                </span>
              </strong>
              <strong>
                <span style={{ color: "black" }}>o</span>
              </strong>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  .
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                C. Protected classification characteristics under California or
                federal law.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Age (40 years or older), race, color, ancestry, national origin,
                citizenship, religion or creed, marital status, medical condition,
                physical or mental disability, sex (including gender, gender
                identity, gender expression, pregnancy or childbirth and related
                medical conditions), sexual orientation, veteran or military
                status, genetic information (including familial genetic
                information).
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                D. Commercial information.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Records of personal property, products or services purchased,
                obtained, or considered, or other purchasing or consuming
                histories or tendencies.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Yes.
                </span>
              </strong>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Conversion related to our Partner’s products or services (where
                you were directed to a Partner Site from our website), associated
                with Unique Identifier.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                E. Biometric information.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Genetic, physiological, behavioral, and biological
                characteristics, or activity patterns used to extract a template
                or other identifier or identifying information, such as,
                fingerprints, faceprints, and voiceprints, iris or retina scans,
                keystroke, gait, or other physical patterns, and sleep, health, or
                exercise data.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                F. Internet or other similar network activity.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Browsing history, search history, information on a consumer's
                interaction with a website, application, or advertisement.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Yes.
                </span>
              </strong>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                User's interaction with our website and advertisements.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                G. Geolocation data.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Physical location, approximate location derived from IP address or
                movements.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Yes.
                </span>
              </strong>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Approximate location derived from IP address or provided by the
                user.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                H. Sensory data.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Audio, electronic, visual, thermal, olfactory, or similar
                information.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                I. Professional or employment-related information.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Current or past job history or performance evaluations.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                J. Non-public education information (per the Family Educational
                Rights and Privacy Act (20 U.S.C. Section 1232g, 34 C.F.R. Part
                99)).
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Education records directly related to a student maintained by an
                educational institution or party acting on its behalf, such as
                grades, transcripts, class lists, student schedules, student
                identification codes, student financial information, or student
                disciplinary records.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                K. Inferences drawn from other personal information.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Profile reflecting a person's preferences, characteristics,
                psychological trends, predispositions, behavior, attitudes,
                intelligence, abilities, and aptitudes.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={181}
            style={{
              width: "135.75pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                L. Sensitive personal information.
              </span>
            </p>
          </td>
          <td
            width={360}
            style={{
              width: "3.75in",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#313131"
                }}
              >
                Government-issued identifying numbers, financial account details,
                genetic data, precise geolocation, race or ethnicity, religious or
                philosophical beliefs, union membership, mail, email, text
                messages, biometric data, health data, and sexual orientation or
                sex life.
              </span>
            </p>
          </td>
          <td
            width={243}
            style={{
              width: "182.25pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <strong>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  No.
                </span>
              </strong>
            </p>
          </td>
        </tr>
      </tbody>
    </table>
    <h3 style={{ background: "#F8F9FA" }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (B)&nbsp;<u>categories of Sources of Personal Information</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        We collect Personal Information from the following sources:
      </span>
    </p>
    <ul>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <u>
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            From activity on our website
          </span>
        </u>
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          : For example, when we collect your Usage Data automatically from
          analytic tools.
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <u>
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            Directly from you
          </span>
        </u>
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          : For example, from forms you complete (such as the Data Subject
          Request), or when you contact us.
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <u>
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            From third-parties
          </span>
        </u>
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          : For example, when you interact with our advertising campaigns.
        </span>
      </li>
    </ul>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (C)&nbsp;<u>USE OF PERSONAL INFORMATION</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        We may use the Personal Information collected (as detailed in the table
        above and our&nbsp;
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        Privacy Policy
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        ), for the following purposes:
      </span>
    </p>
    <ul>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          To fulfill or meet the reason you provided the Personal Information
          (support, respond to an inquiry, receive a quote from a Partner, etc.);
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Monitor and improve our Services;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Provide our Services;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Track traffic in order to calculate conversion and business transactions
          with our Partners;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Analyzing our Services and your use of the Services and website for
          internal statistics and to improve our Services;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Advertising and marketing campaigns;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          Respond to law enforcement, comply with our legal obligations and
          enforce our rights; or
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          As otherwise as detailed in our&nbsp;Privacy Policy.
        </span>
      </li>
    </ul>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        We will not collect additional categories of Personal Information or use
        the Personal Information we collected for materially different, unrelated,
        or incompatible purposes without providing you notice.
      </span>
    </p>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (D)&nbsp;<u>DISCLOSURES OF PERSONAL INFORMATION FOR A BUSINESS PURPOSE</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        We may disclose your Personal Information to a contractor or service
        provider for a business purpose. When we disclose Personal Information for
        a business purpose, we enter a contract that describes the purpose and
        requires the recipient to both keep that Personal Information confidential
        and not use it for any purpose except performing the contract. We further
        restrict the contractor and service provider from selling or sharing your
        Personal Information. In the preceding twelve (12) months, we disclosed
        the following categories of Personal Information for a business purpose:
      </span>
    </p>
    <table
      className="MsoNormalTable"
      border={0}
      cellPadding={0}
      style={{ background: "#F8F9FA" }}
    >
      <tbody>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <b>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Business Purpose (as defined under CCPA)
                </span>
              </b>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <b>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Category (corresponding with the table above)
                </span>
              </b>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <b>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Category of Recipient&nbsp;
                </span>
              </b>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Helping to ensure security and integrity of our properties to the
                extent the use of your Personal Information is reasonably
                necessary and proportionate for these purposes.
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category B
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category D
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Affiliates, operational partner, security and fraud prevention
                providers, operating systems.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Debugging to identify and repair errors that impair existing
                intended functionality.
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category D
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Analytic providers, operational partner, security and fraud
                prevention providers, operating systems.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Performing services on our behalf or service provider, including
                maintaining or servicing accounts, providing customer service,
                processing or fulfilling orders and transactions, verifying
                customer information, processing payments, providing financing,
                providing advertising or marketing services, providing analytic
                services, or providing similar services on our behalf or service
                provider
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category B
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category D
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Payment processors, subsidiaries, affiliated companies, operating
                systems, CRM, ERP, customer support, cloud computing and storage
                vendors, etc.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Undertaking internal research for technological development and
                demonstration.
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category B
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category D
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Developers, operating systems, cloud and hosting providers, SaaS
                platforms for task management and development, customer support
                and optimization tools.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Undertaking activities to verify or maintain the quality or safety
                of a service or device that is owned, or controlled by us, and to
                improve, upgrade, or enhance the service or device that is owned
                or controlled by us.
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category D
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Developers, operating systems, cloud and hosting providers, SaaS
                platforms for task management and development, customer support
                and optimization tools.&nbsp;
              </span>
            </p>
          </td>
        </tr>
      </tbody>
    </table>
    <h3 style={{ background: "#F8F9FA" }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (E)&nbsp;<u>SALE OR SHARE OF PERSONAL INFORMATION</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt", background: "#F8F9FA" }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        In the preceding twelve (12) months, we do not “sell” information as most
        people would commonly understand that term, we do not, and will not,
        disclose your Personal Information in direct exchange for money or some
        other form of payment.&nbsp;&nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt", background: "#F8F9FA" }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        For retargeting and analytic purposes, when we promote our Services, we
        use third-party tools that are able to market our Services online (“
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          Campaigns
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        ”), measure those Campaigns, identify individuals that are interested in
        our Services, etc. this is done by placing cookies, pixel or other
        tracking technology on our website and sharing with these vendors the
        online identifiers and online behavior information.
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt", background: "#F8F9FA" }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        The CCPA defines “sharing” as “communicating orally, in writing, or by
        electronic or other means, a consumer’s personal information” to “a third
        party for cross-context behavioral advertising, whether or not for money
        or other valuable consideration”.&nbsp; In other words, we may share your
        Personal Information with a third party to help promote our Services and
        understand your use of our website.&nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt", background: "#F8F9FA" }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        In the preceding twelve (12) months, we “sell” or “share” the following
        categories of Personal Information for a business purpose:
      </span>
    </p>
    <table
      className="MsoNormalTable"
      border={0}
      cellPadding={0}
      style={{ background: "#F8F9FA" }}
    >
      <tbody>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category (corresponding with the table above)
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category Recipient&nbsp;
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Purpose of Sale or Share
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category A
              </span>
            </p>
            <p style={{ marginBottom: "9.0pt", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category F
              </span>
            </p>
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Category G
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Marketing tools and vendors.&nbsp;&nbsp;
              </span>
            </p>
          </td>
          <td
            style={{
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Share for targeted advertising.&nbsp;
              </span>
            </p>
          </td>
        </tr>
      </tbody>
    </table>
    <h3 style={{ background: "#F8F9FA" }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (F)&nbsp;<u>CHILDREN UNDER AGE 16</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        We do not knowingly collect information from children under the age of 16.
      </span>
    </p>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (G)&nbsp;<u>DATA RETENTION</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        In general, we retain the Personal Data we collect for as long as it
        remains necessary for the purposes set forth above, all under the
        applicable regulation, or until you express your preference to optout,
        where applicable.&nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        The retention periods are determined according to the following criteria:
      </span>
    </p>
    <ol start={1}>
      <li
        className="MsoNormal"
        style={{ color: "#313131", lineHeight: "normal",  }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          For as long as it remains necessary in order to achieve the purpose for
          which the Personal Data was initially processed. For example: if you
          contacted us, we will retain your contact information at least until we
          will address your inquiry.
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{ color: "#313131", lineHeight: "normal",  }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          To comply with our regulatory obligations. For example: transactional
          data will be retained for up to seven years (or even more under certain
          circumstances) for compliance with our bookkeeping obligations purposes.
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{ color: "#313131", lineHeight: "normal",  }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          To resolve a claim we might have or a dispute with you, including any
          legal proceeding between us, until such dispute will be resolved, and
          following, if we find it necessary, in accordance with applicable
          statutory limitation periods.
        </span>
      </li>
    </ol>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Please note that except as required by applicable law, we will not be
        obligated to retain your data for any particular period, and we may delete
        it for any reason and at any time, without providing you with prior notice
        if our intention to do so.
      </span>
    </p>
    <h2 style={{  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        PART II: EXPLANATION OF YOUR RIGHTS UNDER THE CCPA&nbsp;AND HOW TO
        EXERCISE THEM
      </span>
    </h2>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (H)&nbsp;<u>YOUR RIGHTS UNDER THE CCPA</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        If you are a California resident, you may exercise certain privacy rights
        related to your Personal Information. You may exercise these rights free
        of charge except as otherwise permitted under applicable law. We may limit
        our response to your exercise of these privacy rights as permitted under
        applicable law, all as detailed herein and the Data Subject Request Form
        available
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        &nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="#">
          <strong>
            <span
              style={{
                fontFamily: '"__Inter_Fallback_aaf875",serif',
                color: "#006FFF",
                textDecoration: "none"
              }}
            >
              HERE
            </span>
          </strong>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        .
      </span>
    </p>
    <table
      className="MsoNormalTable"
      border={0}
      cellPadding={0}
      style={{ width: "fit-content", background: "#f8f9fa" }}
    >
      <tbody>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <b>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  California Privacy Right
                </span>
              </b>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <b>
                <span
                  style={{
                    fontFamily: '"__Inter_Fallback_aaf875",serif',
                    color: "#313131"
                  }}
                >
                  Details&nbsp;
                </span>
              </b>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                The right to know what Personal Information the business has
                collected.&nbsp;
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                The right to know what Personal Information the business has
                collected about the consumer, including the categories of personal
                information, the categories of sources from which the Personal
                Information is collected, the business or commercial purpose for
                collecting, selling, or sharing Personal Information, the
                categories of third parties to whom the business discloses
                Personal Information, and the specific pieces of Personal
                Information the business has collected about the consumer.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Deletion Rights.
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                The right to delete Personal Information that the business has
                collected from the consumer, subject to certain exceptions.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Correct Inaccurate Information
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                The right to correct inaccurate Personal Information that a
                business maintains about a consumer
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Opt-Out of Sharing for Cross-Contextual Behavioral Advertising
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                You have the right to opt-out of the “sharing” of your personal
                information for “cross-contextual behavioral advertising,” often
                referred to as “interest-based advertising” or “targeted
                advertising.”
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Opt-out from selling&nbsp;
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                the right to opt-out of the sale or sharing of Personal
                Information by the business
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Limit the Use or Disclosure of SPI
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Under certain circumstances, If the business uses or discloses
                SPI, the right to limit the use or disclosure of SPI by the
                business.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Opt-Out of the Use of Automated Decision Making
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                In certain circumstances, you have the right to opt-out of the use
                of automated decision making in relation to your Personal
                Information.&nbsp;
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Non-Discrimination
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                The right not to receive discriminatory treatment by the business
                for the exercise of privacy rights conferred by the CCPA,
                including an employee’s, applicants, or independent contractor’s
                right not to be retaliated against for the exercise of their CCPA
                rights, denying a consumer goods or services, charging different
                prices or rates for goods or services, providing you a different
                level or quality of goods or services, etc. We may, however,
                charge different prices or rates, or provide a different level or
                quality of goods or services, if that difference is reasonably
                related to the value provided to us by your Personal Information.
              </span>
            </p>
          </td>
        </tr>
        <tr>
          <td
            width={115}
            style={{
              width: "86.6pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                Data Portability
              </span>
            </p>
          </td>
          <td
            width={531}
            style={{
              width: "397.9pt",
              
              padding: "12.0pt 12.0pt 12.0pt 12.0pt"
            }}
          >
            <p style={{ marginBottom: "0in", wordBreak: "break-all" }}>
              <span
                style={{
                  fontFamily: '"__Inter_Fallback_aaf875",serif',
                  color: "#888888"
                }}
              >
                You may request to receive a copy of your Personal Information,
                including specific pieces of Personal Information, including,
                where applicable, to obtain a copy of the Personal Information you
                provided to us in a portable format.
              </span>
            </p>
          </td>
        </tr>
      </tbody>
    </table>
    <p style={{ marginBottom: "9.0pt", background: "#F8F9FA" }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        To learn more about your California privacy rights, please visit&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="https://oag.ca.gov/privacy/privacy-laws">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            https://oag.ca.gov/privacy/privacy-laws
          </span>
        </a>
      </span>
      <i>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#888888"
          }}
        >
          .
        </span>
      </i>
    </p>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (I)&nbsp;<u>HOW CAN YOU EXERCISE THE RIGHTS?</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        You may exercise your rights through the DSR available&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="https://www.buyereviews.com/data-subject-request-form/">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#006FFF"
            }}
          >
            here
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        . The instructions for submitting, the general description of the process,
        verification requirements, when applicable, including any information the
        consumer must provide are all detailed in the DSR.
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Note, certain rights can be done by you independently without using the
        DSR. For example, depending on your interaction with us:&nbsp;
      </span>
    </p>
    <ul>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          you can opt-out from receiving emails from us by clicking the
          “unsubscribe” link within the email; and
        </span>
      </li>
    </ul>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Further, opt-out rights can be executed without filling the
        form:&nbsp;&nbsp;
      </span>
    </p>
    <ul>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          through the cookie settings available on our website;
        </span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          through device settings (opt-out from tracking AAID, ADID, please see
          the following for information applicable to all devices:&nbsp;
        </span>
        <span style={{ color: "black" }}>
          <a href="https://thenai.org/opt-out/mobile-opt-out/">
            <span
              style={{
                fontFamily: '"__Inter_Fallback_aaf875",serif',
                color: "#006FFF"
              }}
            >
              https://thenai.org/opt-out/mobile-opt-out/
            </span>
          </a>
        </span>
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>);</span>
      </li>
      <li
        className="MsoNormal"
        style={{
          color: "#313131",
          marginBottom: "15.0pt",
          lineHeight: "normal",
          
        }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          by using Self-Regulatory Program for Online Behavioral Advertising such
          as:&nbsp;
        </span>
      </li>
    </ul>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Digital Advertising Alliance’s (“
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          DAA
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        ”):&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="https://www.aboutads.info/choices">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            https://www.aboutads.info/choices
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        &nbsp;&nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Network Advertising Initiative (“
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          NAI
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        ”):&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="https://www.networkadvertising.org/choices">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            https://www.networkadvertising.org/choices
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        .&nbsp;
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        install privacy-controls in the browser's settings to automatically signal
        the opt-out preference to all websites you visit (like the “
      </span>
      <span style={{ color: "black" }}>
        <a href="https://globalprivacycontrol.org/">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            Global Privacy Control
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        ”). We honor the Global Privacy Control, where applicable, subject to your
        jurisdiction, as a valid request to opt-out of the sharing of information
        linked to your browser.
      </span>
    </p>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (J)&nbsp;<u>AUTHORIZED AGENTS</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        “Authorized agents” may submit opt out requests on a consumer’s behalf. If
        you have elected to use an authorized agent, or if you are an authorized
        agent who would like to submit requests on behalf of a consumer, the
        following procedures will be required prior to acceptance of any requests
        by an authorized agent on behalf of a California consumer. Usually, we
        will accept requests from qualified third parties on behalf of other
        consumers, regardless of either the consumer or the authorized agent’s
        state of residence, provided that the third party successfully completes
        the following qualification procedures:
      </span>
    </p>
    <ol start={1}>
      <li
        className="MsoNormal"
        style={{ color: "#313131", lineHeight: "normal",  }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          When a consumer uses an authorized agent to submit a request to know or
          a request to delete, a business may require that the consumer do the
          following:
        </span>
      </li>
      <ol start={1}>
        <li
          className="MsoNormal"
          style={{ color: "#313131", lineHeight: "normal",  }}
        >
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            Provide the authorized agent signed permission to do so or power of
            attorney.&nbsp;
          </span>
        </li>
        <li
          className="MsoNormal"
          style={{ color: "#313131", lineHeight: "normal",  }}
        >
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            Verify their own identity directly with the business.
          </span>
        </li>
        <li
          className="MsoNormal"
          style={{ color: "#313131", lineHeight: "normal",  }}
        >
          <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
            Directly confirm with the business that they provided the authorized
            agent permission to submit the request.
          </span>
        </li>
      </ol>
    </ol>
    <ol start={1}>
      <li
        className="MsoNormal"
        style={{ color: "#313131", lineHeight: "normal",  }}
      >
        <span style={{ fontFamily: '"__Inter_Fallback_aaf875",serif' }}>
          A business may deny a request from an authorized agent that does not
          submit proof that they have been authorized by the consumer to act on
          their behalf.
        </span>
      </li>
    </ol>
    <h3 style={{  }}>
      <span
        style={{
          fontSize: "15.0pt",
          lineHeight: "115%",
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        (K)&nbsp;<u>NOTICE OF FINANCIAL INCENTIVE</u>
      </span>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        We may, at times, offer you various financial incentives such as promo
        codes, discounts and special offers when you register to our newsletter by
        providing us with contact information and identifiers such as your name
        and email address. When you sign-up for our newsletter, email list or
        other discounts and special offers, you opt-in to a financial incentive.
        You may withdraw from a financial incentive at any time by opting out
        through the unsubscribe link within the email. Generally, we do not assign
        monetary or other value to Personal Information, however, California law
        requires that we assign such value in the context of financial incentives.
        In such context, the value of the Personal Information is related to the
        estimated cost of providing the associated financial incentive(s) for
        which the information was collected. You can end program participation at
        any time by contacting us at&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="mailto:dpo@trafficpoint.io">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            dpo@trafficpoint.io
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        &nbsp;to unsubscribe or cancel your participation in any special offer. We
        will not discriminate against you, in any manner prohibited by applicable
        law, for exercising these rights.
      </span>
    </p>
    <h3 style={{  }}>
      <u>
        <span
          style={{
            fontSize: "15.0pt",
            lineHeight: "115%",
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          CONTACT US
        </span>
      </u>
    </h3>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{ fontFamily: '"__Inter_Fallback_aaf875",serif', color: "black" }}
      >
        info@buyereviews.com
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          {" "}
        </span>
      </b>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          UPDATES:
        </span>
      </b>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        This notice was last updated on <a>May 26, 2025</a>,
        as required under the CCPA, we will&nbsp;
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          update
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        &nbsp;the CCPA Notice&nbsp;
      </span>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          every 12 months
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        . The last revision date will be reflected in the “Last Modified” heading
        at the top of this CCPA Notice.
      </span>
    </p>
    <h2 style={{  }}>
      <u>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          PART III: OTHER CALIFORNIA OBLIGATIONS
        </span>
      </u>
    </h2>
    <p style={{ marginBottom: "9.0pt",  }}>
      <strong>
        <u>
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#313131"
            }}
          >
            Direct Marketing Requests:
          </span>
        </u>
      </strong>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          Direct Marketing Requests:&nbsp;
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        California Civil Code Section 1798.83 permits you, if you are a California
        resident, to request certain information regarding disclosure of Personal
        Information to third parties for their direct marketing purposes. To make
        such a request, please use the Data Subject Request Form available
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        &nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="https://www.buyereviews.com/data-subject-request-form/">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#006FFF"
            }}
          >
            here
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        .
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <strong>
        <u>
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#313131"
            }}
          >
            Do Not Track Settings:
          </span>
        </u>
      </strong>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          Do Not Track Settings:&nbsp;
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        Cal. Bus. And Prof. Code Section 22575 also requires us to notify you how
        we deal with the “Do Not Track” settings in your browser. As of the
        effective date listed above, there is no commonly accepted response for Do
        Not Track signals initiated by browsers. Therefore, we so not respond to
        the Do Not Track settings. Do Not Track is a privacy preference you can
        set in your web browser to indicate that you do not want certain
        information about your web page visits tracked and collected across
        websites. For more details, including how to turn on Do Not Track,
        visit:&nbsp;
      </span>
      <span style={{ color: "black" }}>
        <a href="http://www.donottrack.us/">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#888888"
            }}
          >
            www.donottrack.us
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        .
      </span>
    </p>
    <p style={{ marginBottom: "9.0pt",  }}>
      <strong>
        <u>
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#313131"
            }}
          >
            California’s “Shine the Light” law&nbsp;(Civil Code Section § 1798.83)
          </span>
        </u>
      </strong>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        :
      </span>
    </p>
    <p style={{ marginBottom: "0in",  }}>
      <b>
        <span
          style={{
            fontFamily: '"__Inter_Fallback_aaf875",serif',
            color: "#313131"
          }}
        >
          California’s “Shine the Light” law (Civil Code Section § 1798.83)
        </span>
      </b>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#888888"
        }}
      >
        : permits employees that are California residents to request certain
        information regarding our disclosure of personal information to third
        parties for their direct marketing purposes. To make such a request,
        please send us the Data Subject Request Form available
      </span>
      <span style={{ color: "black" }}>
        <a href="https://www.buyereviews.com/data-subject-request-form/">
          <span
            style={{
              fontFamily: '"__Inter_Fallback_aaf875",serif',
              color: "#006FFF"
            }}
          >
            &nbsp;here
          </span>
        </a>
      </span>
      <span
        style={{
          fontFamily: '"__Inter_Fallback_aaf875",serif',
          color: "#313131"
        }}
      >
        .
      </span>
    </p>
    <p className="MsoNormal">&nbsp;</p>
  </div>
      </main>

      {/* Footer */}
   
    </div>
  );
}
