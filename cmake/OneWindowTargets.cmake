# One helper per kind of target. Each fails on arguments it does not know,
# so a typo in a CMakeLists.txt is an error, not a silently ignored line.

function(_ow_reject_unparsed prefix)
    if(${prefix}_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "Unknown arguments: ${${prefix}_UNPARSED_ARGUMENTS}")
    endif()
endfunction()

# ow_add_library(name SOURCES ... PUBLIC_DEPENDS ... PRIVATE_DEPENDS ...)
function(ow_add_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;PUBLIC_DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    _ow_reject_unparsed(arg)
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${arg_PUBLIC_DEPENDS} PRIVATE ow_settings ${arg_PRIVATE_DEPENDS})
endfunction()

# The allocator OW_ALLOCATOR names, linked whether or not the linker sees a use of it (it replaces
# malloc and operator new by being loaded before the C library).
function(_ow_link_allocator name)
    if(OW_ALLOCATOR STREQUAL "tcmalloc")
        target_link_libraries(${name} PRIVATE "-Wl,--push-state,--no-as-needed" "${OW_TCMALLOC_LIBRARY}"
            "-Wl,--pop-state")
    endif()
endfunction()

# ow_add_executable(name SOURCES ... DEPENDS ...)
function(ow_add_executable name)
    cmake_parse_arguments(arg "" "" "SOURCES;DEPENDS" ${ARGN})
    _ow_reject_unparsed(arg)
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ow_settings ${arg_DEPENDS})
    _ow_link_allocator(${name})
endfunction()

# ow_add_test(name SOURCES ... DEPENDS ... LABELS ... [TIMEOUT s] [SCREEN WIDTHxHEIGHT])
# Tests find their data through OW_TEST_DATA_DIR and OW_SHARED_DATA_DIR, never the working directory.
# They run on Qt's offscreen platform; SCREEN gives its one screen that size (default 800x800).
function(ow_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT;SCREEN" "SOURCES;DEPENDS;LABELS" ${ARGN})
    _ow_reject_unparsed(arg)
    if(NOT arg_LABELS)
        message(FATAL_ERROR "ow_add_test(${name}) needs LABELS (unit, integration, gui)")
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ow_settings Qt6::Test ow_test_support ${arg_DEPENDS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set(platform offscreen)
    if(arg_SCREEN)
        if(NOT arg_SCREEN MATCHES "^([0-9]+)x([0-9]+)$")
            message(FATAL_ERROR "ow_add_test(${name}) SCREEN must be WIDTHxHEIGHT, e.g. 1366x768")
        endif()
        set(screen_config "${CMAKE_CURRENT_BINARY_DIR}/${name}.screen.json")
        file(WRITE "${screen_config}" "{\"screens\": [{\"name\": \"screen\", \"x\": 0, \"y\": 0, "
            "\"width\": ${CMAKE_MATCH_1}, \"height\": ${CMAKE_MATCH_2}, "
            "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}\n")
        set(platform "offscreen:configfile=${screen_config}")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=${platform};LC_ALL=C.UTF-8;QT_LOGGING_RULES=onewindow.*.debug=false")
endfunction()

# ow_add_benchmark(name SOURCES ... DEPENDS ...): a program that prints `name: value unit` lines.
function(ow_add_benchmark name)
    cmake_parse_arguments(arg "" "" "SOURCES;DEPENDS" ${ARGN})
    _ow_reject_unparsed(arg)
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ow_settings ${arg_DEPENDS})
    _ow_link_allocator(${name})
endfunction()

# ow_add_fuzz_target(name SOURCES ... DEPENDS ...): a libFuzzer target (OW_BUILD_FUZZERS, the fuzz
# preset). Its seed corpus is tests/fuzz/corpus/<name>/; scripts/fuzz.sh runs it over that.
function(ow_add_fuzz_target name)
    cmake_parse_arguments(arg "" "" "SOURCES;DEPENDS" ${ARGN})
    _ow_reject_unparsed(arg)
    if(NOT OW_BUILD_FUZZERS)
        message(FATAL_ERROR "ow_add_fuzz_target(${name}) needs OW_BUILD_FUZZERS=ON (the fuzz preset)")
    endif()
    if(NOT IS_DIRECTORY "${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name}")
        message(FATAL_ERROR "ow_add_fuzz_target(${name}) needs a seed corpus in tests/fuzz/corpus/${name}/")
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ow_settings ow_fuzz_support ${arg_DEPENDS})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
endfunction()
