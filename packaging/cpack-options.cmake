# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's Description starts with its own synopsis (CPACK_DEBIAN_<COMP>_DESCRIPTION);
    # CPackDeb would otherwise put the project's one summary line above both.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
