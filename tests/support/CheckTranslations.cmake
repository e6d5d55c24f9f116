# ctest translations_complete: the committed zh_CN translation is complete and current. lupdate
# reads the sources into a copy of translations/onewindow_zh_CN.ts (as the update_translations
# target does); the test fails when a source text has no translation, or when the copy differs
# from the committed file (a text added, changed or gone without refreshing it).
# -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=…
set(committed "${SOURCE_DIR}/translations/onewindow_zh_CN.ts")
set(copy "${WORK_DIR}/onewindow_zh_CN.check.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
configure_file("${committed}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -recursive -no-obsolete -locations none
            -I "${SOURCE_DIR}" -I "${SOURCE_DIR}/src"
            "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()
file(STRINGS "${copy}" lines)
set(untranslated "")
set(previous "")
foreach(line IN LISTS lines)
    if(line MATCHES "type=\"unfinished\"")
        string(STRIP "${previous}" source)
        list(APPEND untranslated "${source}")
    endif()
    set(previous "${line}")
endforeach()
if(untranslated)
    list(JOIN untranslated "\n  " shown)
    message(FATAL_ERROR "Texts without a zh_CN translation (translate them in ${committed}; "
                        "cmake --build <dir> --target update_translations lists them):\n  ${shown}")
endif()
file(READ "${committed}" before)
file(READ "${copy}" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "${committed} is not current with the sources: run "
                        "cmake --build <dir> --target update_translations, then translate what it adds.")
endif()
message(STATUS "zh_CN: every source text translated, the file current")
